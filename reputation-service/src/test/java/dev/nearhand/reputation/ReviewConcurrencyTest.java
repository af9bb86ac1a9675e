package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.finished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.service.ReviewPublisher;
import dev.nearhand.reputation.service.ReviewService;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reviews written as the window closes and in parallel: the writers and the publisher agree on when
 * the window closes and wait for each other, never fail each other.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ReviewConcurrencyTest {

    @Inject TestClock clock;
    @Inject TradeService trades;
    @Inject ReviewPublisher publisher;
    @Inject ReviewService reviews;
    @Inject ReputationConfig config;
    @Inject EntityManager entityManager;

    @Test
    void shouldCloseTheWindowAtTheInstantItsHiddenReviewsAreRevealed() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        Due due = dueSoon(buyer, seller, 2);
        clock.stopAt(due.deadline());
        try {
            ReputationApi.review(seller, due.escrowId(), 5, "at the deadline")
                    .statusCode(409)
                    .body("type", endsWith("/review-window-closed"));
            assertThat(publisher.publishAllDue()).isGreaterThanOrEqualTo(1);
            ReputationApi.reviewsOf(seller).body("items.rating", contains(2));
            ReputationApi.reviewsOf(buyer).body("items", empty());
        } finally {
            clock.resume();
        }
    }

    @Test
    void shouldRefuseASecondReviewWhoseCounterpartTheClosingWindowIsRevealing() throws Exception {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        Due due = dueSoon(buyer, seller, 2);
        publisher.publishAllDue(); // whatever other tests left due, so ours is in the batch
        CountDownLatch tradeLocked = new CountDownLatch(1);
        CountDownLatch releaseTrade = new CountDownLatch(1);
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch commitPublisher = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        // The seller starts just before the deadline and queues behind the trade's lock; the
        // window closes; the publisher reveals the buyer's review and has not committed yet when
        // the seller goes on. The seller used to count the buyer's review a second time: a 500.
        clock.stopAt(due.deadline().minusMillis(1));
        try {
            Future<?> tradeLock =
                    pool.submit(() -> holdTradeLock(due.escrowId(), tradeLocked, releaseTrade));
            awaitOpen(tradeLocked);
            Future<Integer> second =
                    pool.submit(
                            () ->
                                    ReputationApi.review(seller, due.escrowId(), 5, "just in time")
                                            .extract()
                                            .statusCode());
            awaitLockWait(true);
            clock.advance(Duration.ofMillis(1));
            Future<?> publishing =
                    pool.submit(() -> publishAndHoldCommit(published, commitPublisher));
            awaitOpen(published);
            releaseTrade.countDown();
            tradeLock.get(30, TimeUnit.SECONDS);
            awaitLockWait(false);
            commitPublisher.countDown();
            publishing.get(30, TimeUnit.SECONDS);

            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(409);
            ReputationApi.reviewsOf(seller).body("items.rating", contains(2));
            ReputationApi.reviewsOf(buyer).body("items", empty());
        } finally {
            releaseTrade.countDown();
            commitPublisher.countDown();
            pool.shutdownNow();
            clock.resume();
        }
    }

    @Test
    void shouldLetTwoPartiesWriteTheSecondReviewsOfTheirTwoTradesAtTheSameTime() throws Exception {
        String x = ReputationApi.newUser("x");
        String y = ReputationApi.newUser("y");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Each second review locks both parties' credit rows; in opposite orders, the two
            // requests of a round deadlocked whenever they overlapped.
            for (int round = 0; round < 15; round++) {
                UUID xBought = released(x, y);
                UUID yBought = released(y, x);
                ReputationApi.review(y, xBought, 4, "first").statusCode(201);
                ReputationApi.review(x, yBought, 4, "first").statusCode(201);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Integer> byX = pool.submit(() -> secondReview(start, x, xBought));
                Future<Integer> byY = pool.submit(() -> secondReview(start, y, yBought));

                assertThat(List.of(byX.get(30, TimeUnit.SECONDS), byY.get(30, TimeUnit.SECONDS)))
                        .containsOnly(201);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String party : List.of(x, y)) {
            given().queryParam("limit", 100)
                    .get("/api/users/" + party + "/reviews")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(30));
        }
    }

    private static int secondReview(CyclicBarrier start, String reviewer, UUID escrow)
            throws Exception {
        start.await(30, TimeUnit.SECONDS);
        return ReputationApi.review(reviewer, escrow, 5, "second").extract().statusCode();
    }

    /** A released trade whose review window closes at {@code deadline}. */
    private record Due(UUID escrowId, Instant deadline) {}

    /**
     * A released trade of buyer and seller whose window closes half a minute from now (on a whole
     * second, so stored exactly), reviewed by the buyer only.
     */
    private Due dueSoon(String buyer, String seller, int buyerRating) {
        Duration window = config.reviews().window();
        Instant finished =
                clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(window).plusSeconds(30);
        Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, finished);
        released.applyWith(trades);
        ReputationApi.review(buyer, released.escrowId(), buyerRating, "hidden").statusCode(201);
        return new Due(released.escrowId(), finished.plus(window));
    }

    private UUID released(String buyer, String seller) {
        Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, clock.instant());
        released.applyWith(trades);
        return released.escrowId();
    }

    /** Holds the trade's row lock, as a writer of one of its reviews does, until released. */
    private void holdTradeLock(UUID escrowId, CountDownLatch locked, CountDownLatch release) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            entityManager
                                    .createNativeQuery(
                                            "SELECT 1 FROM trade WHERE escrow_id = ?1 FOR UPDATE")
                                    .setParameter(1, escrowId)
                                    .getResultList();
                            locked.countDown();
                            awaitOpen(release);
                        });
    }

    /** Runs the publisher in a transaction that commits only when told to. */
    private void publishAndHoldCommit(CountDownLatch published, CountDownLatch commit) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            reviews.publishDue();
                            published.countDown();
                            awaitOpen(commit);
                        });
    }

    /** Waits until a session waits for a lock in a statement reading trade, or in another one. */
    private void awaitLockWait(boolean onTrade) {
        await().atMost(Duration.ofSeconds(20)).until(() -> someoneWaitsForALock(onTrade));
    }

    private boolean someoneWaitsForALock(boolean onTrade) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                !entityManager
                                        .createNativeQuery(
                                                "SELECT 1 FROM pg_stat_activity WHERE wait_event_type"
                                                        + " = 'Lock' AND (query ILIKE '% from trade %') = ?1")
                                        .setParameter(1, onTrade)
                                        .getResultList()
                                        .isEmpty());
    }

    private static void awaitOpen(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
