package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way an escrow can end besides a release: money back where it belongs, the books balanced,
 * and the credit effect reputation-service documents for the outcome.
 */
@ExtendWith(JourneyStack.class)
class AlternativePathsIT {

    private static final int PRIOR = 500;

    @Test
    void shouldRefundInFullAndMarkNobodyWhenTheBuyerRevokesWithinTheWindow() {
        Deal deal = Deal.held("50.00", 2, "300.00");

        assertThat(Escrows.step(deal.buyer, deal.escrow, "revoke")).isEqualTo("REVOKED");

        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("300.00");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("0.00");
        assertThat(Wallets.available(deal.seller)).isEqualByComparingTo("0.00");
        assertThat(deal.books.fees()).isEqualByComparingTo("0.00");
        deal.books.assertConserved();
        awaitTradeKnownButNotReviewable(deal);
        await("revoking leaves both credits at the prior")
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.transactionScore(deal.seller)).isEqualTo(PRIOR);
                            assertThat(Reputation.transactionScore(deal.buyer)).isEqualTo(PRIOR);
                        });
    }

    @Test
    void shouldRefundInFullAndLowerTheSellersCreditWhenTheSellerDeclines() {
        Deal deal = Deal.held("50.00", 2, "300.00");

        assertThat(Escrows.step(deal.seller, deal.escrow, "decline")).isEqualTo("DECLINED");

        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("300.00");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("0.00");
        assertThat(Wallets.available(deal.seller)).isEqualByComparingTo("0.00");
        deal.books.assertConserved();
        awaitSellerMarkedDown(deal);
    }

    @Test
    void shouldExpireAndRefundWhenTheSellerDoesNotAcceptInTime() {
        Deal deal = Deal.held("50.00", 2, "300.00");

        await("the acceptance deadline passes and the timer expires the escrow")
                .atMost(JourneyStack.ACCEPT_WITHIN.plus(JourneyStack.EVENTS))
                .until(() -> Escrows.status(deal.buyer, deal.escrow), "EXPIRED"::equals);

        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("300.00");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("0.00");
        assertThat(Escrows.move(deal.seller, deal.escrow, "accept").statusCode()).isEqualTo(409);
        deal.books.assertConserved();
        awaitSellerMarkedDown(deal);
    }

    @Test
    void shouldSplitTheTotalAndChargeTheFeeOnTheSharesWhenAnOperatorResolvesADispute() {
        Deal deal = Deal.delivered("50.00", 4, "300.00");
        Actor operator = Actor.staff();

        assertThat(Escrows.step(deal.buyer, deal.escrow, "dispute")).isEqualTo("DISPUTED");
        assertThat(Escrows.resolve(deal.seller, deal.escrow, "200.00").statusCode()).isEqualTo(403);
        assertThat(
                        Escrows.resolve(operator, deal.escrow, "120.00")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"))
                .isEqualTo("RESOLVED");

        // 200.00 held: 120.00 to the seller less 6.00 fee, 80.00 back to the buyer.
        assertThat(Wallets.available(deal.seller)).isEqualByComparingTo("114.00");
        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("180.00");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("0.00");
        assertThat(deal.books.fees()).isEqualByComparingTo("6.00");
        deal.books.assertConserved();
        await("the seller kept more than half: a completed trade; the buyer's dispute failed")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.completedTrades(deal.seller)).isEqualTo(1);
                            assertThat(Reputation.transactionScore(deal.seller))
                                    .isGreaterThan(PRIOR);
                            assertThat(Reputation.transactionScore(deal.buyer)).isLessThan(PRIOR);
                        });
    }

    @Test
    void shouldReleaseAutomaticallyWhenTheBuyerNeitherReleasesNorDisputesInTime() {
        Deal deal = Deal.delivered("50.00", 2, "300.00");

        await("the auto-release deadline passes and the timer releases the escrow")
                .atMost(JourneyStack.AUTO_RELEASE_AFTER.plus(JourneyStack.EVENTS))
                .until(() -> Escrows.status(deal.buyer, deal.escrow), "RELEASED"::equals);

        // 100.00 held: 95.00 to the seller, 5.00 fee.
        assertThat(Wallets.available(deal.seller)).isEqualByComparingTo("95.00");
        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("200.00");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("0.00");
        assertThat(deal.books.fees()).isEqualByComparingTo("5.00");
        deal.books.assertConserved();
        await("an automatic release counts as a completed trade for both")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.completedTrades(deal.seller)).isEqualTo(1);
                            assertThat(Reputation.completedTrades(deal.buyer)).isEqualTo(1);
                            assertThat(Reputation.transactionScore(deal.seller))
                                    .isGreaterThan(PRIOR);
                        });
    }

    private static void awaitSellerMarkedDown(Deal deal) {
        await("the seller's credit falls below the prior; the buyer's does not move")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.transactionScore(deal.seller)).isLessThan(PRIOR);
                            assertThat(Reputation.completedTrades(deal.seller)).isZero();
                            assertThat(Reputation.transactionScore(deal.buyer)).isEqualTo(PRIOR);
                        });
    }

    /** reputation-service has the trade once a review is refused as not finished, not unknown. */
    private static void awaitTradeKnownButNotReviewable(Deal deal) {
        await("reputation-service has the revoked trade")
                .atMost(JourneyStack.EVENTS)
                .until(
                        () -> Escrows.problem(Reputation.review(deal.buyer, deal.escrow, 5, "-")),
                        "trade-not-finished"::equals);
    }
}
