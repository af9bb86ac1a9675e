package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.event;
import static dev.nearhand.reputation.Escrows.finished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Escrow events from Kafka: each final status's credit effect, applied once, newest revision wins.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class EscrowEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject TestClock clock;
    @Inject EntityManager entityManager;
    @Inject TradeService trades;

    @Test
    void shouldCreditBothPartiesWhenEscrowIsReleased() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();
        event("HELD", escrow, buyer, seller, "900.00", "TWD", null, 2, clock.instant())
                .sendToKafka();
        event("RELEASED", escrow, buyer, seller, "900.00", "TWD", null, 5, clock.instant())
                .sendToKafka();

        awaitCompleted(seller, 1);
        awaitCompleted(buyer, 1);
        assertThat(ReputationApi.transaction(seller)).isGreaterThan(500);
        assertThat(ReputationApi.transaction(buyer)).isGreaterThan(500);
    }

    @Test
    void shouldCountDeclinedAndExpiredEscrowsAgainstTheSellerOnly() {
        String buyer = ReputationApi.newUser("buyer");
        String decliner = ReputationApi.newUser("decliner");
        String ghost = ReputationApi.newUser("ghost");
        finished("DECLINED", buyer, decliner, clock.instant()).sendToKafka();
        finished("EXPIRED", buyer, ghost, clock.instant()).sendToKafka();

        await().atMost(WAIT).until(() -> ReputationApi.transaction(decliner) < 500);
        await().atMost(WAIT).until(() -> ReputationApi.transaction(ghost) < 500);
        // Ghosting a paid buyer weighs more than declining them.
        assertThat(ReputationApi.transaction(ghost))
                .isLessThan(ReputationApi.transaction(decliner));
        assertThat(ReputationApi.creditOf(buyer))
                .containsEntry("transaction", 500)
                .containsEntry("completedTrades", 0);
    }

    @Test
    void shouldMarkTheLoserOfADispute() {
        String buyer = ReputationApi.newUser("buyer");
        String loser = ReputationApi.newUser("seller-lost");
        String winner = ReputationApi.newUser("seller-won");
        String complainer = ReputationApi.newUser("buyer-failed");
        event(
                        "RESOLVED",
                        UUID.randomUUID(),
                        buyer,
                        loser,
                        "900.00",
                        "TWD",
                        "240.00",
                        6,
                        clock.instant())
                .sendToKafka();
        event(
                        "RESOLVED",
                        UUID.randomUUID(),
                        complainer,
                        winner,
                        "900.00",
                        "TWD",
                        "800.00",
                        6,
                        clock.instant())
                .sendToKafka();

        await().atMost(WAIT).until(() -> ReputationApi.transaction(loser) < 500);
        awaitCompleted(winner, 1);
        await().atMost(WAIT).until(() -> ReputationApi.transaction(complainer) < 500);
        assertThat(ReputationApi.transaction(winner)).isGreaterThan(500);
        assertThat(ReputationApi.transaction(complainer))
                .isGreaterThan(ReputationApi.transaction(loser));
        assertThat(ReputationApi.creditOf(buyer)).containsEntry("transaction", 500);
    }

    @Test
    void shouldNotMarkTheBuyerWhenTheSellerOpenedADisputeAndKeptTheFullAmount() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller-disputing");
        resolved(buyer, seller, "900.00").withDisputedBy("SELLER").sendToKafka();

        awaitCompleted(seller, 1);
        assertThat(ReputationApi.transaction(seller)).isGreaterThan(500);
        // Both parties' facts commit together: the seller's trade counted, so the buyer's is final.
        assertThat(ReputationApi.creditOf(buyer))
                .containsEntry("transaction", 500)
                .containsEntry("completedTrades", 0);
        assertThat(lowering(buyer)).noneMatch(line -> line.contains("dispute"));
    }

    @Test
    void shouldMarkTheBuyerWhoOpenedADisputeTheSellerWon() {
        String buyer = ReputationApi.newUser("buyer-disputing");
        String seller = ReputationApi.newUser("seller");
        resolved(buyer, seller, "900.00").withDisputedBy("BUYER").sendToKafka();

        awaitCompleted(seller, 1);
        assertThat(ReputationApi.transaction(buyer)).isLessThan(500);
        assertThat(lowering(buyer)).contains("1 dispute(s) you opened that failed");
    }

    @Test
    void shouldAssumeTheBuyerOpenedTheDisputeWhenAnOlderEventDoesNotSay() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        resolved(buyer, seller, "450.00").withDisputedBy(null).sendToKafka();

        awaitCompleted(seller, 1);
        assertThat(ReputationApi.transaction(buyer)).isLessThan(500);
        assertThat(lowering(buyer)).contains("1 dispute(s) you opened that failed");
    }

    @Test
    void shouldMarkTheSellerWhoLostADisputeTheyOpenedAndNotTheBuyer() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller-disputing");
        resolved(buyer, seller, "0.00").withDisputedBy("SELLER").sendToKafka();

        await().atMost(WAIT).until(() -> ReputationApi.transaction(seller) < 500);
        assertThat(lowering(seller)).contains("1 dispute(s) lost as seller");
        assertThat(ReputationApi.creditOf(buyer)).containsEntry("transaction", 500);
        assertThat(lowering(buyer)).noneMatch(line -> line.contains("dispute"));
    }

    @Test
    void shouldSkipAnEventNamingADisputingPartyItDoesNotKnowAndApplyTheOnesAfterIt() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();
        Escrows.EscrowEvent unknown =
                event(
                                "RESOLVED",
                                escrow,
                                buyer,
                                seller,
                                "900.00",
                                "TWD",
                                "0.00",
                                6,
                                clock.instant())
                        .withDisputedBy("OPERATOR");
        Escrows.EscrowEvent released =
                event("RELEASED", escrow, buyer, seller, "900.00", "TWD", null, 7, clock.instant());
        // Same escrow, same partition: the good event waits behind the unknown one.
        unknown.sendToKafka();
        released.sendToKafka();

        awaitCompleted(seller, 1);
        assertThat(processed(unknown.eventId())).isFalse();
        assertThat(ReputationApi.transaction(seller)).isGreaterThan(500);
    }

    @Test
    void shouldLeaveBothPartiesNeutralWhenTheBuyerRevokes() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        Escrows.EscrowEvent revoked = finished("REVOKED", buyer, seller, clock.instant());
        revoked.sendToKafka();

        await().atMost(WAIT).until(() -> processed(revoked.eventId()));
        assertThat(ReputationApi.creditOf(seller))
                .containsEntry("transaction", 500)
                .containsEntry("tier", "NEW");
        assertThat(ReputationApi.creditOf(buyer)).containsEntry("transaction", 500);
    }

    @Test
    void shouldIgnoreAStaleRevision() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();
        event("RELEASED", escrow, buyer, seller, "900.00", "TWD", null, 5, clock.instant())
                .sendToKafka();
        awaitCompleted(seller, 1);
        Map<String, Object> before = ReputationApi.creditOf(seller);

        // A late DECLINED of revision 3 (wrong but possible on replays) must not count.
        Escrows.EscrowEvent stale =
                event("DECLINED", escrow, buyer, seller, "900.00", "TWD", null, 3, clock.instant());
        stale.sendToKafka();

        await().atMost(WAIT).until(() -> processed(stale.eventId()));
        assertThat(ReputationApi.creditOf(seller)).isEqualTo(before);
    }

    @Test
    void shouldSkipAnEventWithAStatusItDoesNotKnowAndApplyTheOnesAfterIt() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();
        Escrows.EscrowEvent unknown =
                event("HELD", escrow, buyer, seller, "900.00", "TWD", null, 4, clock.instant())
                        .withStatus("TELEPORTED");
        Escrows.EscrowEvent released =
                event("RELEASED", escrow, buyer, seller, "900.00", "TWD", null, 5, clock.instant());
        // Same escrow, same partition: the good event waits behind the unknown one.
        unknown.sendToKafka();
        released.sendToKafka();

        awaitCompleted(seller, 1);
        awaitCompleted(buyer, 1);
        assertThat(processed(unknown.eventId())).isFalse();
    }

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, clock.instant());
        released.sendToKafka();
        awaitCompleted(seller, 1);

        // The same event id again, altered so that only the inbox (not the revision) can stop it.
        String key = released.escrowId().toString();
        released.with(released.eventId(), UUID.randomUUID(), 5).sendToKafka(key);
        released.sendToKafka();
        // A stale event of the same escrow: same key, same partition, so once it is processed
        // the redeliveries before it were too.
        Escrows.EscrowEvent marker =
                event(
                        "HELD",
                        released.escrowId(),
                        buyer,
                        seller,
                        "900.00",
                        "TWD",
                        null,
                        2,
                        clock.instant());
        marker.sendToKafka();

        await().atMost(WAIT).until(() -> processed(marker.eventId()));
        assertThat(ReputationApi.creditOf(seller)).containsEntry("completedTrades", 1);
        assertThat(ReputationApi.creditOf(buyer)).containsEntry("completedTrades", 1);
    }

    @Test
    void shouldApplyAPollOfEventsInOneGoEachOnce() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();
        Escrows.EscrowEvent held =
                event("HELD", escrow, buyer, seller, "900.00", "TWD", null, 2, clock.instant());
        Escrows.EscrowEvent released =
                event("RELEASED", escrow, buyer, seller, "900.00", "TWD", null, 5, clock.instant());
        Escrows.EscrowEvent staleAfterwards =
                event("DECLINED", escrow, buyer, seller, "900.00", "TWD", null, 3, clock.instant());

        // One poll: the escrow's events, a redelivery of one of them inside the same poll, and a
        // stale revision last.
        trades.applyAll(
                List.of(
                        held.change(),
                        released.change(),
                        released.change(),
                        staleAfterwards.change()));

        assertThat(ReputationApi.creditOf(seller)).containsEntry("completedTrades", 1);
        assertThat(ReputationApi.creditOf(buyer)).containsEntry("completedTrades", 1);
        assertThat(ReputationApi.transaction(seller)).isGreaterThan(500);
        assertThat(processed(staleAfterwards.eventId())).isTrue();
        // The poll's outcome is announced once per user, not once per event.
        try (KafkaProbe probe = KafkaProbe.reading(Topics.REPUTATION_CREDIT)) {
            probe.awaitAtLeast(1, record -> seller.equals(record.key()));
            assertThat(probe.settle(Duration.ofMillis(500), record -> seller.equals(record.key())))
                    .hasSize(1);
        }
    }

    @Test
    void shouldLeaveNothingOfAPollWhenOneOfItsEventsFails() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, clock.instant());
        TradeService.Change failing =
                finished("RELEASED", buyer, seller, clock.instant())
                        .withStatus("TELEPORTED")
                        .change();

        assertThatThrownBy(() -> trades.applyAll(List.of(released.change(), failing)))
                .isInstanceOf(IllegalArgumentException.class);

        // The poll is retried whole (Intake): its first event must not have stuck on its own.
        assertThat(processed(released.eventId())).isFalse();
        assertThat(ReputationApi.creditOf(seller)).containsEntry("completedTrades", 0);
    }

    @Test
    void shouldAnnounceEveryCreditChangeWithTheGoldenShapeAndGrowingVersions() throws Exception {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        try (KafkaProbe probe = KafkaProbe.reading(Topics.REPUTATION_CREDIT)) {
            // One at a time: a poll announces each user's credit once, after all its events.
            int announced = 0;
            for (String status : List.of("RELEASED", "DECLINED", "RELEASED")) {
                finished(status, buyer, seller, clock.instant()).sendToKafka();
                probe.awaitAtLeast(++announced, record -> seller.equals(record.key()));
            }
            List<ConsumerRecord<String, String>> events =
                    probe.settle(Duration.ofMillis(500), record -> seller.equals(record.key()));
            assertThat(events).hasSize(3);
            long previous = 0;
            for (ConsumerRecord<String, String> record : events) {
                GoldenSamples.assertSameShape(record.value(), "reputation/CreditChanged.json");
                JsonNode changed = GoldenSamples.MAPPER.readTree(record.value());
                assertThat(changed.get("userId").asText()).isEqualTo(seller);
                assertThat(changed.get("creditVersion").asLong()).isGreaterThan(previous);
                previous = changed.get("creditVersion").asLong();
            }
        }
    }

    /** A dispute of a 900 TWD escrow resolved with this share to the seller. */
    private Escrows.EscrowEvent resolved(String buyer, String seller, String sellerShare) {
        return event(
                "RESOLVED",
                UUID.randomUUID(),
                buyer,
                seller,
                "900.00",
                "TWD",
                sellerShare,
                6,
                clock.instant());
    }

    /** What the user is told lowers their credit, as only they see it. */
    private static List<String> lowering(String user) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .get("/api/credit/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("explanations.lowering", String.class);
    }

    private static void awaitCompleted(String user, int trades) {
        await().atMost(WAIT)
                .until(
                        () ->
                                ((Integer) ReputationApi.creditOf(user).get("completedTrades"))
                                        >= trades);
    }

    private boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                !entityManager
                                        .createNativeQuery(
                                                "SELECT 1 FROM processed_event WHERE event_id = ?1")
                                        .setParameter(1, eventId)
                                        .getResultList()
                                        .isEmpty());
    }
}
