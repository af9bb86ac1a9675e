package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.escrow.payment.RecordingPaymentProvider;
import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class IdempotencyTest {

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;
    @Inject RecordingPaymentProvider provider;

    String buyer;
    String seller;
    UUID listing;

    @BeforeEach
    void setUp() {
        buyer = Scenario.user("buyer");
        seller = Scenario.user("seller");
        listing = scenario.listing(seller, "25.00", "USD");
    }

    @Test
    void shouldReturnFirstResultAndMoveNothingWhenTopUpIsRetried() {
        String key = UUID.randomUUID().toString();
        Response first = topUp(key, "40.00");
        first.then().statusCode(201);
        Response retry = topUp(key, "40.00");

        retry.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(retry.path("id").toString()).isEqualTo(first.path("id").toString());
        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("40.00");
    }

    @Test
    void shouldMoveMoneyOnceWhenSameTopUpArrivesConcurrently() {
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<Integer>> calls =
                IntStream.range(0, 8)
                        .mapToObj(
                                i ->
                                        CompletableFuture.supplyAsync(
                                                () -> topUp(key, "15.00").statusCode()))
                        .toList();

        assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(201);
        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("15.00");
    }

    @Test
    void shouldChargeEachUserSeparatelyWhenTwoUsersTopUpWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String other = Scenario.user("other");

        topUp(key, "40.00").then().statusCode(201);
        topUpAs(other, key, "15.00")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue());

        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("40.00");
        assertThat(scenario.available(other, "USD")).isEqualByComparingTo("15.00");
        assertThat(provider.keysOf(buyer)).hasSize(1).doesNotContain(key);
        assertThat(provider.keysOf(other)).hasSize(1).doesNotContain(key);
        assertThat(provider.keysOf(buyer)).doesNotContainAnyElementsOf(provider.keysOf(other));
    }

    @Test
    void shouldRefuseTwoKeysOnOneRequestAndMoveNothing() {
        UUID held = scenario.held(buyer, listing, 1, "25.00", "USD");
        given().auth()
                .oauth2(scenario.token(buyer))
                .header("Idempotency-Key", "first")
                .header("Idempotency-Key", "second")
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "40.00", "currency", "USD"))
                .post("/api/wallets/me/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("must be sent once"));
        given().auth()
                .oauth2(scenario.token(buyer))
                .header("Idempotency-Key", "first")
                .header("Idempotency-Key", "second")
                .post("/api/escrows/" + held + "/revoke")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("0");
        assertThat(scenario.heldOf(buyer, "USD")).isEqualByComparingTo("25.00");
        topUp("second", "40.00").then().statusCode(201);
    }

    @Test
    void shouldRefuseSameKeyWithDifferentBody() {
        String key = UUID.randomUUID().toString();
        topUp(key, "40.00").then().statusCode(201);

        topUp(key, "41.00")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("40.00");
    }

    @Test
    void shouldReplayCreateAndConfirmWithoutSecondEffect() {
        scenario.topUp(buyer, "50.00", "USD");
        String createKey = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("listingId", listing.toString(), "quantity", 1);
        String id =
                scenario.open(buyer, createKey, body).then().statusCode(201).extract().path("id");
        scenario.open(buyer, createKey, body).then().statusCode(201).body("id", equalTo(id));
        scenario.open(buyer, createKey, Map.of("listingId", listing.toString(), "quantity", 2))
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));

        String confirmKey = UUID.randomUUID().toString();
        confirm(id, confirmKey).then().statusCode(200).body("status", equalTo("HELD"));
        confirm(id, confirmKey)
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"))
                .header("Idempotency-Replayed", "true");

        assertThat(scenario.balance(buyer, "USD")[1]).isEqualByComparingTo("25.00");
        assertThat(probe.journalKinds(UUID.fromString(id))).containsExactly("HOLD");
        given().auth()
                .oauth2(scenario.token(buyer))
                .queryParam("role", "buyer")
                .get("/api/escrows")
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldRequireKeyOnlyToTopUpAndToOpenAnEscrowAsTheApiLists() {
        given().auth()
                .oauth2(scenario.token(buyer))
                .contentType(ContentType.JSON)
                .body(Map.of("amount", "1.00", "currency", "USD"))
                .post("/api/wallets/me/top-ups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", containsString("is required"));
        given().auth()
                .oauth2(scenario.token(buyer))
                .contentType(ContentType.JSON)
                .body(Map.of("listingId", listing.toString(), "quantity", 1))
                .post("/api/escrows")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("0");
        given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void shouldRunEveryMoveWithoutKeyAndRefuseItsRepeatByState() {
        scenario.topUp(buyer, "25.00", "USD");
        UUID released = scenario.opened(buyer, listing, 1);

        scenario.actWithoutKey(buyer, released, "confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"));
        scenario.actWithoutKey(buyer, released, "confirm")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"));
        assertThat(scenario.balance(buyer, "USD")[1]).isEqualByComparingTo("25.00");
        scenario.actWithoutKey(seller, released, "accept").then().statusCode(200);
        scenario.actWithoutKey(seller, released, "deliver").then().statusCode(200);
        scenario.actWithoutKey(buyer, released, "release")
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"));
        scenario.actWithoutKey(buyer, released, "release").then().statusCode(409);
        assertThat(probe.journalKinds(released)).containsExactly("HOLD", "RELEASE");
        assertThat(scenario.available(seller, "USD")).isEqualByComparingTo("23.75");

        UUID revoked = scenario.held(buyer, listing, 1, "25.00", "USD");
        scenario.actWithoutKey(buyer, revoked, "revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        UUID declined = scenario.held(buyer, listing, 1, "25.00", "USD");
        scenario.actWithoutKey(seller, declined, "decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        scenario.actWithoutKey(seller, declined, "decline").then().statusCode(409);
        UUID resolved = scenario.disputed(buyer, seller, listing, 1, "25.00", "USD");
        String operator = TestTokens.forUser(Scenario.user("operator")).operator().sign();
        scenario.withoutKeyAs(operator, resolved, "resolve")
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"));
        scenario.withoutKeyAs(operator, resolved, "resolve").then().statusCode(409);

        assertThat(probe.journalKinds(revoked)).containsExactly("HOLD", "REFUND");
        assertThat(probe.journalKinds(declined)).containsExactly("HOLD", "REFUND");
        assertThat(probe.journalKinds(resolved)).containsExactly("HOLD", "SPLIT");
        assertThat(scenario.balance(buyer, "USD")).containsExactly(money("74.00"), money("0.00"));
    }

    @Test
    void shouldReplayAKeyedMoveAndRefuseItsKeyOnAnotherEscrow() {
        UUID first = scenario.held(buyer, listing, 1, "25.00", "USD");
        UUID second = scenario.held(buyer, listing, 1, "25.00", "USD");
        String key = UUID.randomUUID().toString();

        move(seller, first, "decline", key).then().statusCode(200);
        move(seller, first, "decline", key)
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("DECLINED"));
        move(seller, second, "decline", key)
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));

        assertThat(probe.journalKinds(first)).containsExactly("HOLD", "REFUND");
        assertThat(probe.journalKinds(second)).containsExactly("HOLD");
        assertThat(scenario.balance(buyer, "USD")).containsExactly(money("25.00"), money("25.00"));
    }

    @Test
    void shouldDeclineTopUpAboveSandboxMaximumAndMoveNothing() {
        topUp(UUID.randomUUID().toString(), "100000.01")
                .then()
                .statusCode(422)
                .body("type", endsWith("/payment-declined"));
        topUp(UUID.randomUUID().toString(), "1.001").then().statusCode(400);
        assertThat(scenario.available(buyer, "USD")).isEqualByComparingTo("0");
    }

    private Response topUp(String key, String amount) {
        return topUpAs(buyer, key, amount);
    }

    private Response topUpAs(String user, String key, String amount) {
        return given().auth()
                .oauth2(scenario.token(user))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "currency", "USD"))
                .post("/api/wallets/me/top-ups");
    }

    private Response move(String user, UUID id, String action, String key) {
        return given().auth()
                .oauth2(scenario.token(user))
                .header("Idempotency-Key", key)
                .post("/api/escrows/" + id + "/" + action);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private Response confirm(String id, String key) {
        return given().auth()
                .oauth2(scenario.token(buyer))
                .header("Idempotency-Key", key)
                .post("/api/escrows/" + id + "/confirm");
    }
}
