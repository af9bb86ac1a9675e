package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class EscrowAccessTest {

    /** A cursor shaped as the service writes them, at a time no row can have. */
    private static final String FORGED_CURSOR =
            Cursors.encode("+999999999-12-31T23:59:59Z", new UUID(0, 0).toString());

    static final List<String> ACTIONS =
            List.of(
                    "confirm", "revoke", "accept", "decline", "deliver", "release", "dispute",
                    "resolve");

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;

    String buyer;
    String seller;
    UUID listing;

    @BeforeEach
    void setUp() {
        buyer = Scenario.user("buyer");
        seller = Scenario.user("seller");
        listing = scenario.listing(seller, "10.00", "EUR");
    }

    @Test
    void shouldHideEscrowFromThirdUserOnEveryEndpoint() {
        UUID id = scenario.held(buyer, listing, 1, "10.00", "EUR");
        String stranger = scenario.token(Scenario.user("stranger"));

        given().auth()
                .oauth2(stranger)
                .get("/api/escrows/" + id)
                .then()
                .statusCode(404)
                .body("type", endsWith("/escrow-not-found"));
        for (String action : ACTIONS) {
            given().auth()
                    .oauth2(stranger)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(Map.of("sellerShare", "1.00"))
                    .post("/api/escrows/" + id + "/" + action)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(stranger)
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        assertThat(probe.journalKinds(id)).containsExactly("HOLD");
    }

    @Test
    void shouldRefuseWrongPartyWithForbidden() {
        UUID id = scenario.held(buyer, listing, 1, "10.00", "EUR");

        for (String sellersMove : List.of("accept", "decline", "deliver")) {
            expectForbidden(buyer, id, sellersMove);
        }
        for (String buyersMove : List.of("confirm", "revoke", "release")) {
            expectForbidden(seller, id, buyersMove);
        }
        expectForbidden(buyer, id, "resolve");
        expectForbidden(seller, id, "resolve");
        String operator = TestTokens.forUser(Scenario.user("operator")).operator().sign();
        scenario.actWithToken(operator, id, "accept").then().statusCode(403);
        scenario.actWithToken(operator, id, "revoke").then().statusCode(403);
        assertThat(probe.journalKinds(id)).containsExactly("HOLD");
    }

    @Test
    void shouldAnswerWhoMayMoveNotAMissingKeyWhenMovesCarryNoKey() {
        UUID id = scenario.held(buyer, listing, 1, "10.00", "EUR");
        String stranger = scenario.token(Scenario.user("stranger"));

        for (String action : ACTIONS) {
            scenario.withoutKeyAs(stranger, id, action)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/escrow-not-found"));
        }
        for (String sellersMove : List.of("accept", "decline", "deliver", "resolve")) {
            expectForbiddenWithoutKey(buyer, id, sellersMove);
        }
        for (String buyersMove : List.of("confirm", "revoke", "release", "resolve")) {
            expectForbiddenWithoutKey(seller, id, buyersMove);
        }
        assertThat(probe.journalKinds(id)).containsExactly("HOLD");
        assertThat(scenario.balance(buyer, "EUR")).containsExactly(money("0.00"), money("10.00"));
    }

    @Test
    void shouldRefuseResolveWhenTheOperatorIsAPartyToTheDispute() {
        UUID id = scenario.disputed(buyer, seller, listing, 1, "10.00", "EUR");

        for (String party : List.of(buyer, seller)) {
            given().auth()
                    .oauth2(TestTokens.forUser(party).kyc("id").operator().sign())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(Map.of("sellerShare", "10.00"))
                    .post("/api/escrows/" + id + "/resolve")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/not-allowed"));
        }
        assertThat(probe.journalKinds(id)).containsExactly("HOLD");
    }

    @Test
    void shouldLetBothPartiesAndOperatorsReadButOnlyOperatorsListEveryone() {
        UUID id = scenario.held(buyer, listing, 1, "10.00", "EUR");
        String operator = TestTokens.forUser(Scenario.user("operator")).operator().sign();

        given().auth()
                .oauth2(scenario.token(seller))
                .get("/api/escrows/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .get("/api/escrows/" + id)
                .then()
                .statusCode(200)
                .body("history", hasSize(2));
        given().auth()
                .oauth2(scenario.token(seller))
                .queryParam("role", "seller")
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.toString()));
        given().auth()
                .oauth2(scenario.token(seller))
                .queryParam("role", "buyer")
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(operator)
                .queryParam("status", "HELD")
                .queryParam("limit", 100)
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("HELD")));
    }

    @Test
    void shouldPageMyEscrowsWithCursor() {
        scenario.topUp(buyer, "30.00", "EUR");
        for (int i = 0; i < 3; i++) {
            scenario.opened(buyer, listing, 1);
        }
        String token = scenario.token(buyer);

        var first = given().auth().oauth2(token).queryParam("limit", 2).get("/api/escrows");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        given().auth()
                .oauth2(token)
                .queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", nullValue());
        given().auth()
                .oauth2(token)
                .queryParam("limit", 101)
                .get("/api/escrows")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth()
                .oauth2(token)
                .queryParam("cursor", "garbage")
                .get("/api/escrows")
                .then()
                .statusCode(400);
        // Well formed, but at a time PostgreSQL cannot compare: still not one of ours.
        given().auth()
                .oauth2(token)
                .queryParam("cursor", FORGED_CURSOR)
                .get("/api/escrows")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth()
                .oauth2(token)
                .queryParam("role", "owner")
                .get("/api/escrows")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldOmitNextCursorWhenTheLastPageIsExactlyFull() {
        scenario.topUp(buyer, "20.00", "EUR");
        for (int i = 0; i < 2; i++) {
            scenario.opened(buyer, listing, 1);
        }

        given().auth()
                .oauth2(scenario.token(buyer))
                .queryParam("limit", 2)
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("$", not(hasKey("nextCursor")));
    }

    @Test
    void shouldNameLimitWhenItIsNotAWholeNumber() {
        for (String path : new String[] {"/api/escrows", "/api/wallets/me/entries"}) {
            given().auth()
                    .oauth2(scenario.token(buyer))
                    .queryParam("limit", "abc")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void shouldRequireTokenOnEveryEndpoint() {
        given().get("/api/escrows").then().statusCode(401);
        given().get("/api/escrows/" + UUID.randomUUID()).then().statusCode(401);
        given().post("/api/escrows/" + UUID.randomUUID() + "/confirm").then().statusCode(401);
        given().get("/api/wallets/me").then().statusCode(401);
        given().get("/api/wallets/me/entries").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/wallets/me/top-ups")
                .then()
                .statusCode(401);
    }

    private void expectForbiddenWithoutKey(String user, UUID id, String action) {
        scenario.actWithoutKey(user, id, action)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-allowed"));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private void expectForbidden(String user, UUID id, String action) {
        given().auth()
                .oauth2(scenario.token(user))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("sellerShare", "1.00"))
                .post("/api/escrows/" + id + "/" + action)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-allowed"));
    }
}
