package dev.nearhand.reputation;

import static io.restassured.RestAssured.given;

import dev.nearhand.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test helpers speaking reputation-service's public HTTP API, nothing else. */
final class ReputationApi {

    private ReputationApi() {}

    static String newUser(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static ValidatableResponse review(String user, UUID escrowId, Object rating, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("escrowId", escrowId.toString());
        body.put("rating", rating);
        body.put("comment", comment);
        return given().auth()
                .oauth2(TestTokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/reviews")
                .then();
    }

    static ValidatableResponse reviewsOf(String user) {
        return given().when().get("/api/users/" + user + "/reviews").then().statusCode(200);
    }

    static ValidatableResponse credit(String user) {
        return given().when().get("/api/credit/" + user).then().statusCode(200);
    }

    static Map<String, Object> creditOf(String user) {
        return credit(user).extract().jsonPath().getMap("");
    }

    static int transaction(String user) {
        return credit(user).extract().path("transaction");
    }

    static int social(String user) {
        return credit(user).extract().path("social");
    }

    static ValidatableResponse report(String reporter, String target, String reason) {
        return given().auth()
                .oauth2(TestTokens.of(reporter))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", target, "reason", reason, "detail", "sent me 40 messages"))
                .when()
                .post("/api/reports")
                .then();
    }

    /** A report that cites an escrow, as the reporter's own evidence. */
    static ValidatableResponse reportCiting(
            String reporter, String target, String reason, UUID escrowId) {
        return given().auth()
                .oauth2(TestTokens.of(reporter))
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "userId",
                                target,
                                "reason",
                                reason,
                                "detail",
                                "took the money, never came",
                                "escrowId",
                                escrowId.toString()))
                .when()
                .post("/api/reports")
                .then();
    }

    /** The reports this user filed, as they see them. */
    static ValidatableResponse reportsFiledBy(String reporter) {
        return given().auth()
                .oauth2(TestTokens.of(reporter))
                .queryParam("limit", 100)
                .get("/api/reports")
                .then()
                .statusCode(200);
    }

    static ValidatableResponse decide(String token, String reportId, String decision) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "note", "checked the messages"))
                .when()
                .post("/api/reports/" + reportId + "/decision")
                .then();
    }

    static String operator() {
        return TestTokens.forUser("operator-" + UUID.randomUUID()).operator().sign();
    }
}
