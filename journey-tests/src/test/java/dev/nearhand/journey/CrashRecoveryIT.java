package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * escrow-service killed with SIGKILL right after a release: the one service that holds money and
 * both sends (outbox) and receives (inbox) events. Nothing may be lost or happen twice.
 */
@ExtendWith(JourneyStack.class)
class CrashRecoveryIT {

    private static final String ESCROW = Escrows.SERVICE;

    /** The services' consumer {@code session.timeout.ms} (10 s), then the usual event time. */
    private static final Duration CONSUMER_TAKEOVER =
            Duration.ofSeconds(10).plus(JourneyStack.EVENTS);

    @Test
    void shouldCompleteTheJourneyExactlyOnceWhenEscrowServiceIsKilledMidJourney() throws Exception {
        Deal deal = Deal.delivered("50.00", 2, "500.00");
        String releaseKey = UUID.randomUUID().toString();
        assertThat(Escrows.move(deal.buyer, deal.escrow, "release", releaseKey).statusCode())
                .isEqualTo(200);

        // Killed before its relay may have published EscrowReleased, and its consumers may be
        // mid-batch; while it is down, the seller publishes another listing.
        long before = JourneyStack.stack().pid(ESCROW);
        JourneyStack.stack().kill(ESCROW);
        String second = Listings.publish(deal.seller, "Evening tutoring", "tutoring", "30.00");
        JourneyStack.stack().restart(ESCROW, JourneyStack.START);
        assertThat(JourneyStack.stack().pid(ESCROW)).isNotEqualTo(before);

        // The buyer's client retries the release it never saw answered: replayed, nothing moves.
        Response retried = Escrows.move(deal.buyer, deal.escrow, "release", releaseKey);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(Escrows.get(deal.buyer, deal.escrow).getList("history.to", String.class))
                .containsOnlyOnce("RELEASED");
        assertThat(Wallets.available(deal.seller)).isEqualByComparingTo("95.00");
        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("400.00");
        deal.books.assertConserved();

        // The listing published during the crash reaches the restarted service: it can be bought.
        // Kafka moves the dead consumer's partitions only once its session has timed out.
        String next =
                deal.books.track(
                        Escrows.open(deal.buyer, second, 3, CONSUMER_TAKEOVER).getString("id"),
                        deal.buyer);
        assertThat(Escrows.step(deal.buyer, next, "confirm")).isEqualTo("HELD");
        assertThat(Escrows.step(deal.seller, next, "accept")).isEqualTo("ACCEPTED");
        assertThat(Escrows.step(deal.seller, next, "deliver")).isEqualTo("DELIVERED");
        assertThat(Escrows.step(deal.buyer, next, "release")).isEqualTo("RELEASED");

        // 100.00 and 90.00 released: the seller has 95.00 + 85.50, fees 5.00 + 4.50.
        assertThat(Wallets.available(deal.seller)).isEqualByComparingTo("180.50");
        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("310.00");
        assertThat(deal.books.fees()).isEqualByComparingTo("9.50");
        deal.books.assertConserved();

        // reputation-service saw both releases, each once: the first one's event was not lost.
        await("both trades reach reputation-service")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.completedTrades(deal.seller)).isEqualTo(2);
                            assertThat(Reputation.completedTrades(deal.buyer)).isEqualTo(2);
                        });
        await("and no trade is counted twice")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .untilAsserted(
                        () -> assertThat(Reputation.completedTrades(deal.seller)).isEqualTo(2));
    }
}
