package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.escrow.service.EscrowTimers;
import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.escrow.support.TestClock;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class EscrowLifecycleTest {

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;
    @Inject TestClock clock;
    @Inject EscrowTimers timers;

    String buyer;
    String seller;
    UUID listing;

    @BeforeEach
    void setUp() {
        buyer = Scenario.user("buyer");
        seller = Scenario.user("seller");
        listing = scenario.listing(seller, "100.00", "CNY");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        assertConserved();
    }

    @Test
    void shouldPaySellerLessFeeWhenBuyerReleasesAfterDelivery() {
        scenario.topUp(buyer, "300.00", "CNY");
        var created = scenario.open(buyer, listing, 2);
        created.then()
                .statusCode(201)
                .header("Location", endsWith("/api/escrows/" + created.path("id")))
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("buyerId", equalTo(buyer))
                .body("sellerId", equalTo(seller))
                .body("total.amount", equalTo("200.00"))
                .body("total.currency", equalTo("CNY"))
                .body("fee.amount", equalTo("10.00"))
                .body("terms.revokeWindow", equalTo("PT30M"))
                .body("warnings.code", contains("SELLER_IS_NEW"));
        UUID id = UUID.fromString(created.path("id"));

        scenario.act(buyer, id, "confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"))
                .body("revokeUntil", notNullValue());
        assertThat(scenario.balance(buyer, "CNY"))
                .containsExactly(money("100.00"), money("200.00"));

        scenario.act(seller, id, "accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        scenario.act(seller, id, "deliver")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"));
        scenario.act(buyer, id, "release")
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("sellerReceives.amount", equalTo("190.00"));

        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("100.00"), money("0.00"));
        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("190.00");
        assertThat(probe.journalKinds(id)).containsExactly("HOLD", "RELEASE");
        given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows/" + id)
                .then()
                .statusCode(200)
                .body("history", hasSize(5))
                .body(
                        "history.to",
                        contains(
                                "AWAITING_CONFIRMATION",
                                "HELD",
                                "ACCEPTED",
                                "DELIVERED",
                                "RELEASED"))
                .body("history.actor", contains(buyer, buyer, seller, seller, buyer));
    }

    @Test
    void shouldRefundInFullWhenBuyerRevokesWithinWindow() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");
        clock.advance(Duration.ofMinutes(29));

        scenario.act(buyer, id, "revoke").then().statusCode(200).body("status", equalTo("REVOKED"));

        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("100.00"), money("0.00"));
        assertThat(probe.journalKinds(id)).containsExactly("HOLD", "REFUND");
    }

    @Test
    void shouldRefuseRevokeWhenWindowHasClosed() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");
        clock.advance(Duration.ofMinutes(31));

        scenario.act(buyer, id, "revoke")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("currentState", equalTo("HELD"));
        assertThat(scenario.heldOf(buyer, "CNY")).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldRefundInFullWhenSellerDeclines() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");

        scenario.act(seller, id, "decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));

        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("100.00"), money("0.00"));
    }

    @Test
    void shouldExpireAndRefundWhenNotAcceptedInTime() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");
        clock.advance(Duration.ofHours(47));
        timers.runDue();
        assertThat(status(id)).isEqualTo("HELD");

        clock.advance(Duration.ofHours(2));
        scenario.act(seller, id, "accept")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("HELD"));
        timers.runDue();

        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("100.00"), money("0.00"));
        assertThat(probe.journalKinds(id)).containsExactly("HOLD", "REFUND");
    }

    @Test
    void shouldReleaseAutomaticallyWhenDeliveredAndNotReleasedInTime() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");
        scenario.act(seller, id, "accept").then().statusCode(200);
        scenario.act(seller, id, "deliver").then().statusCode(200);

        clock.advance(Duration.ofHours(73));
        timers.runDue();

        assertThat(status(id)).isEqualTo("RELEASED");
        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("95.00");
        assertThat(scenario.heldOf(buyer, "CNY")).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldRefuseDeclineWhenAcceptanceDeadlineHasPassed() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");
        clock.advance(Duration.ofHours(49));

        scenario.act(seller, id, "decline")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("currentState", equalTo("HELD"));
        timers.runDue();

        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(probe.journalKinds(id)).containsExactly("HOLD", "REFUND");
    }

    @Test
    void shouldRefuseDisputeWhenAutoReleaseIsDue() {
        UUID id = scenario.held(buyer, listing, 1, "100.00", "CNY");
        scenario.act(seller, id, "accept").then().statusCode(200);
        scenario.act(seller, id, "deliver").then().statusCode(200);
        clock.advance(Duration.ofHours(73));

        for (String party : List.of(buyer, seller)) {
            scenario.act(party, id, "dispute")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/illegal-transition"))
                    .body("currentState", equalTo("DELIVERED"));
        }
        timers.runDue();

        assertThat(status(id)).isEqualTo("RELEASED");
        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("95.00");
    }

    @Test
    void shouldSplitWhenOperatorResolvesDispute() {
        UUID id = scenario.held(buyer, listing, 2, "200.00", "CNY");
        scenario.act(seller, id, "accept").then().statusCode(200);
        scenario.act(seller, id, "dispute")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPUTED"));

        given().auth()
                .oauth2(TestTokens.forUser(Scenario.user("operator")).operator().sign())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("sellerShare", Map.of("amount", "50.00", "currency", "CNY")))
                .post("/api/escrows/" + id + "/resolve")
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("sellerShare.amount", equalTo("50.00"))
                .body("refund.amount", equalTo("150.00"))
                .body("fee.amount", equalTo("2.50"));

        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("47.50");
        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("150.00"), money("0.00"));
        assertThat(probe.journalKinds(id)).containsExactly("HOLD", "SPLIT");
    }

    @Test
    void shouldRefuseEveryIllegalTransitionWithCurrentState() {
        scenario.topUp(buyer, "300.00", "CNY");
        UUID awaiting = scenario.opened(buyer, listing, 1);
        expectConflict(seller, awaiting, "accept", "AWAITING_CONFIRMATION");
        expectConflict(buyer, awaiting, "release", "AWAITING_CONFIRMATION");
        expectConflict(buyer, awaiting, "revoke", "AWAITING_CONFIRMATION");
        expectConflict(buyer, awaiting, "dispute", "AWAITING_CONFIRMATION");

        UUID held = scenario.opened(buyer, listing, 1);
        scenario.act(buyer, held, "confirm").then().statusCode(200);
        expectConflict(buyer, held, "confirm", "HELD");
        expectConflict(seller, held, "deliver", "HELD");
        expectConflict(buyer, held, "release", "HELD");
        expectConflict(seller, held, "dispute", "HELD");

        scenario.act(seller, held, "accept").then().statusCode(200);
        expectConflict(buyer, held, "revoke", "ACCEPTED");
        expectConflict(seller, held, "decline", "ACCEPTED");
        expectConflict(seller, held, "accept", "ACCEPTED");
        expectConflict(buyer, held, "release", "ACCEPTED");

        scenario.act(seller, held, "deliver").then().statusCode(200);
        expectConflict(seller, held, "deliver", "DELIVERED");
        scenario.act(buyer, held, "release").then().statusCode(200);
        expectConflict(buyer, held, "release", "RELEASED");
        expectConflict(buyer, held, "dispute", "RELEASED");
        expectConflict(seller, held, "decline", "RELEASED");

        given().auth()
                .oauth2(TestTokens.forUser(Scenario.user("operator")).operator().sign())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("sellerShare", "10.00"))
                .post("/api/escrows/" + held + "/resolve")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("RELEASED"));
        assertThat(probe.journalKinds(held)).containsExactly("HOLD", "RELEASE");
    }

    @Test
    void shouldFireEachDeadlineOnceWhenTimersRunConcurrently() {
        List<UUID> ids =
                IntStream.range(0, 6)
                        .mapToObj(i -> scenario.held(buyer, listing, 1, "100.00", "CNY"))
                        .toList();
        clock.advance(Duration.ofHours(49));

        List<CompletableFuture<Integer>> replicas =
                IntStream.range(0, 3)
                        .mapToObj(i -> CompletableFuture.supplyAsync(timers::runDue))
                        .toList();
        replicas.forEach(CompletableFuture::join);

        for (UUID id : ids) {
            assertThat(status(id)).isEqualTo("EXPIRED");
            assertThat(probe.journalKinds(id)).containsExactly("HOLD", "REFUND");
            assertThat(probe.outboxTypes(id)).containsExactly("EscrowHeld", "EscrowExpired");
        }
        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("600.00"), money("0.00"));
    }

    private void expectConflict(String user, UUID id, String action, String state) {
        scenario.act(user, id, action)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("currentState", equalTo(state));
    }

    @Test
    void shouldShowRevokeUntilAsNullUntilTheBuyerConfirms() {
        scenario.topUp(buyer, "100.00", "CNY");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("listingId", listing.toString(), "quantity", 1);

        var created = scenario.open(buyer, key, body);
        created.then()
                .statusCode(201)
                .body("$", hasKey("revokeUntil"))
                .body("revokeUntil", nullValue())
                .body("$", not(hasKey("confirmedAt")))
                .body("$", not(hasKey("sellerShare")));
        UUID id = UUID.fromString(created.path("id"));
        scenario.open(buyer, key, body)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("$", hasKey("revokeUntil"))
                .body("revokeUntil", nullValue());
        given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows/" + id)
                .then()
                .statusCode(200)
                .body("$", hasKey("revokeUntil"))
                .body("revokeUntil", nullValue());
        given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items[0]", hasKey("revokeUntil"))
                .body("items[0].revokeUntil", nullValue());

        scenario.act(buyer, id, "confirm")
                .then()
                .statusCode(200)
                .body("revokeUntil", notNullValue())
                .body("$", not(hasKey("sellerShare")));
    }

    @Test
    void shouldRefuseFractionalQuantityNamingItAndOpenNothing() {
        scenario.topUp(buyer, "300.00", "CNY");
        String key = UUID.randomUUID().toString();

        given().auth()
                .oauth2(scenario.token(buyer))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body("{\"listingId\":\"" + listing + "\",\"quantity\":1.5}")
                .post("/api/escrows")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity"));

        given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        assertThat(scenario.balance(buyer, "CNY")).containsExactly(money("300.00"), money("0.00"));
        // The refused body claimed nothing: the same key still opens the escrow it meant.
        scenario.open(buyer, key, Map.of("listingId", listing.toString(), "quantity", 1))
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .body("quantity", equalTo(1));
    }

    private String status(UUID id) {
        return given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private void assertConserved() {
        assertThat(probe.sumPerCurrency().values()).allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(probe.negativeUserAccounts()).isZero();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
