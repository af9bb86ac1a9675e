package dev.nearhand.journey;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A user of the marketplace: a fresh id per test and a token signed with the stack's key. */
record Actor(String id, String kyc, boolean operator) {

    static Actor user(String role, String kyc) {
        return new Actor(role + "-" + UUID.randomUUID().toString().substring(0, 8), kyc, false);
    }

    static Actor staff() {
        return new Actor("operator-" + UUID.randomUUID().toString().substring(0, 8), "id", true);
    }

    /** The same person after verifying to another level: a new token, the same id. */
    Actor verified(String level) {
        return new Actor(id, level, operator);
    }

    String token() {
        return JourneyStack.stack().token(id, kyc, operator);
    }

    /** A JSON request to one service, authenticated as this user. */
    RequestSpecification at(String service) {
        return anonymous(service).auth().oauth2(token());
    }

    static RequestSpecification anonymous(String service) {
        return RestAssured.given()
                .baseUri(JourneyStack.stack().url(service))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
