package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.finished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.EvidenceRepository;
import dev.nearhand.reputation.repository.TradeRepository;
import dev.nearhand.reputation.service.CreditCalculator;
import dev.nearhand.reputation.service.CreditService;
import dev.nearhand.reputation.service.ReviewPublisher;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Public and private credit, and the Bayesian prior that makes evidence volume count. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class CreditTest {

    @Inject TestClock clock;
    @Inject TradeService trades;
    @Inject CreditCalculator calculator;
    @Inject TradeRepository tradeRepository;
    @Inject EvidenceRepository evidence;
    @Inject CreditService credits;
    @Inject ReviewPublisher publisher;
    @Inject ReputationConfig config;

    @Test
    void shouldCountDistinctCounterpartiesAndTheLinksAmongThemForTheCircleDiscount() {
        String hub = ReputationApi.newUser("hub");
        String b = ReputationApi.newUser("b");
        String c = ReputationApi.newUser("c");
        String d = ReputationApi.newUser("d");
        Instant now = clock.instant();
        finished("RELEASED", hub, b, now).applyWith(trades);
        finished("RELEASED", b, hub, now).applyWith(trades); // the same counterparty again
        finished("RELEASED", c, hub, now).applyWith(trades);
        finished("RESOLVED", hub, d, now).applyWith(trades);
        finished("RELEASED", b, c, now).applyWith(trades); // two of hub's partners linked
        finished("DECLINED", hub, ReputationApi.newUser("e"), now).applyWith(trades); // not a trade

        TradeRepository.Circle circle =
                QuarkusTransaction.requiringNew().call(() -> tradeRepository.circleOf(hub));

        assertThat(circle).isEqualTo(new TradeRepository.Circle(3, 1));
        assertThat(circle.clustering()).isEqualTo(1 / 3.0);
    }

    @Test
    void shouldCutAHubsPraiseWhenItsPartnersStartTradingWithEachOther() {
        String hub = ReputationApi.newUser("hub");
        String b = ReputationApi.newUser("b");
        String c = ReputationApi.newUser("c");
        String d = ReputationApi.newUser("d");
        Instant now = clock.instant();
        for (String partner : List.of(b, c, d)) {
            finished("RELEASED", hub, partner, now).applyWith(trades);
        }
        int open = ReputationApi.transaction(hub);

        // The hub trades no more; its partners close the ring among themselves.
        finished("RELEASED", b, c, now).applyWith(trades);
        finished("RELEASED", c, d, now).applyWith(trades);
        finished("RELEASED", b, d, now).applyWith(trades);

        Credit summed = QuarkusTransaction.requiringNew().call(() -> credits.of(hub));
        assertThat(summed.transaction())
                .isLessThan(open)
                .isEqualTo(scoreOfAllEvidence(hub, clock.instant()).transaction());
    }

    @Test
    void shouldKeepTheSummedCreditEqualToAScoreOfAllTheEvidenceAsTimePasses() {
        String seller = ReputationApi.newUser("seller");
        String[] buyers = {
            ReputationApi.newUser("b1"), ReputationApi.newUser("b2"), ReputationApi.newUser("b3")
        };
        String[] ends = {"RELEASED", "DECLINED", "RELEASED", "EXPIRED", "RESOLVED", "RELEASED"};
        for (int i = 0; i < ends.length; i++) {
            clock.advance(Duration.ofDays(20 + 17 * i)); // the evidence so far decays unevenly
            finished(ends[i], buyers[i % 3], seller, clock.instant()).applyWith(trades);

            Credit summed = QuarkusTransaction.requiringNew().call(() -> credits.of(seller));
            Score read = scoreOfAllEvidence(seller, clock.instant());
            assertThat(summed.transaction()).isEqualTo(read.transaction());
            // The clock runs on between the two reads (TestClock); a second of decay is ~6e-8 here.
            assertThat(summed.effectiveEvidence())
                    .isCloseTo(read.effectiveEvidence(), within(1e-7));
            assertThat(summed.tier()).isEqualTo(read.tier());
            assertThat(summed.completedTrades()).isEqualTo(read.completedTrades());
        }
    }

    @Test
    void shouldCountEveryTradeOfOneSellerFinishingAtTheSameTime() throws Exception {
        String seller = ReputationApi.newUser("seller");
        Instant now = clock.instant();
        List<Escrows.EscrowEvent> releases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            releases.add(finished("RELEASED", ReputationApi.newUser("buyer"), seller, now));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> applied = new ArrayList<>();
            for (Escrows.EscrowEvent release : releases) {
                applied.add(pool.submit(() -> release.applyWith(trades)));
            }
            for (Future<?> f : applied) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // Each change added its fact to the sums the one before it left: none was lost.
        Credit summed = QuarkusTransaction.requiringNew().call(() -> credits.of(seller));
        assertThat(summed.completedTrades()).isEqualTo(8);
        assertThat(summed.transaction()).isEqualTo(scoreOfAllEvidence(seller, now).transaction());
    }

    @Test
    void shouldAddToTheNewestSumsWhenTheCreditWasReadEarlierInTheSameTransaction()
            throws Exception {
        String seller = ReputationApi.newUser("seller");
        Instant now = clock.instant();
        finished("RELEASED", ReputationApi.newUser("buyer"), seller, now).applyWith(trades);
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // A transaction reads the credit unlocked (as a reviewer's credibility is read), then
            // another trade of the user commits, then the first records a fact for the user.
            Future<?> first =
                    pool.submit(
                            () ->
                                    QuarkusTransaction.requiringNew()
                                            .run(
                                                    () -> {
                                                        credits.of(seller);
                                                        read.countDown();
                                                        await(otherCommitted);
                                                        credits.record(
                                                                new Evidence(
                                                                        seller,
                                                                        EvidenceKind.REVIEW,
                                                                        1.0,
                                                                        1.0,
                                                                        UUID.randomUUID(),
                                                                        now));
                                                    }));
            await(read);
            finished("RELEASED", ReputationApi.newUser("buyer"), seller, now).applyWith(trades);
            otherCommitted.countDown();
            first.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        Credit summed = QuarkusTransaction.requiringNew().call(() -> credits.of(seller));
        assertThat(summed.completedTrades()).isEqualTo(2);
        assertThat(summed.transaction()).isEqualTo(scoreOfAllEvidence(seller, now).transaction());
    }

    @Test
    void shouldCountEveryReviewOfOneUserRevealedInOneBatchAndAnnounceEachVersionOnce()
            throws Exception {
        String seller = ReputationApi.newUser("seller");
        // Finished just inside the window: the reviews fall due together a minute from now.
        Instant finished = clock.instant().minus(config.reviews().window()).plusSeconds(60);
        try (KafkaProbe probe = KafkaProbe.reading(Topics.REPUTATION_CREDIT)) {
            for (int rating : new int[] {1, 5, 1}) {
                String buyer = ReputationApi.newUser("buyer");
                Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, finished);
                released.applyWith(trades);
                ReputationApi.review(buyer, released.escrowId(), rating, "due later")
                        .statusCode(201);
            }
            publisher.publishAllDue(); // whatever other tests left due, so ours share a batch
            clock.advance(Duration.ofMinutes(2));
            Instant now = clock.instant();

            assertThat(publisher.publishAllDue()).isEqualTo(3);

            Credit summed = QuarkusTransaction.requiringNew().call(() -> credits.of(seller));
            Score read = scoreOfAllEvidence(seller, now);
            assertThat(summed.transaction()).isEqualTo(read.transaction());
            assertThat(summed.effectiveEvidence())
                    .isCloseTo(read.effectiveEvidence(), within(1e-4));
            // Three trades, then one change for all three reviews.
            List<Long> versions =
                    probe.awaitAtLeast(4, record -> seller.equals(record.key())).stream()
                            .map(record -> creditVersion(record.value()))
                            .toList();
            assertThat(versions).containsExactly(1L, 2L, 3L, 4L);
            assertThat(probe.settle(Duration.ofMillis(500), record -> seller.equals(record.key())))
                    .hasSize(4);
        }
    }

    private static long creditVersion(String creditChanged) {
        try {
            return GoldenSamples.MAPPER.readTree(creditChanged).get("creditVersion").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A score from one read of all of the user's evidence. */
    private Score scoreOfAllEvidence(String user, Instant now) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            TradeRepository.Circle circle = tradeRepository.circleOf(user);
                            return calculator.score(
                                    evidence.factsOf(user),
                                    calculator.circleFactor(circle.partners(), circle.clustering()),
                                    now);
                        });
    }

    @Test
    void shouldShowAnUnknownUserAtTheNeutralPrior() {
        String nobody = ReputationApi.newUser("nobody");
        ReputationApi.credit(nobody)
                .body("userId", equalTo(nobody))
                .body("transaction", equalTo(500))
                .body("social", equalTo(1000))
                .body("tier", equalTo("NEW"))
                .body("completedTrades", equalTo(0));
    }

    @Test
    void shouldKeepTradesAndReportsOutOfThePublicCredit() {
        String seller = ReputationApi.newUser("seller");
        finished("DECLINED", ReputationApi.newUser("buyer"), seller, clock.instant())
                .applyWith(trades);
        ReputationApi.credit(seller)
                .body("$", not(hasKey("explanations")))
                .body("$", not(hasKey("limits")))
                .body("$", not(hasKey("creditVersion")));
    }

    @Test
    void shouldExplainWhatLowersMyCreditAndWhatRaisesMyLimits() {
        String seller = ReputationApi.newUser("seller");
        finished("DECLINED", ReputationApi.newUser("buyer"), seller, clock.instant())
                .applyWith(trades);
        finished("DECLINED", ReputationApi.newUser("buyer"), seller, clock.instant())
                .applyWith(trades);

        given().auth()
                .oauth2(TestTokens.forUser(seller).kyc("phone").sign())
                .get("/api/credit/me")
                .then()
                .statusCode(200)
                .body("userId", equalTo(seller))
                .body("tier", equalTo("NEW"))
                .body("explanations.lowering", hasItem("2 declined trade(s)"))
                .body("limits.verification", equalTo("PHONE"))
                .body("limits.perEscrow", equalTo("2000"))
                .body("limits.openExposure", equalTo("5000"))
                .body(
                        "limits.hints",
                        hasItems(
                                "verify your ID to raise your limits to 20000 per escrow and 50000"
                                        + " open, in the escrow's currency",
                                "reach BRONZE to raise them to 3000 per escrow and 7500 open, in"
                                        + " the escrow's currency"));
        given().auth()
                .oauth2(TestTokens.of(seller))
                .get("/api/credit/me")
                .then()
                .statusCode(200)
                .body("limits.perEscrow", equalTo("0"))
                .body("limits.hints[0]", org.hamcrest.Matchers.startsWith("verify your phone"));
        given().get("/api/credit/me").then().statusCode(401);
    }

    @Test
    void shouldNotLetThreePerfectReviewsBeatThreeHundredGoodOnes() {
        Instant now = clock.instant();
        double neutralReviewer = calculator.reviewerCredibility(Tier.BRONZE, 500);
        List<Fact> perfect = trades("fresh", 3, 5, neutralReviewer, now);
        List<Fact> good = trades("veteran", 300, 4, neutralReviewer, now);

        Score fresh = calculator.score(perfect, 1.0, now);
        Score veteran = calculator.score(good, 1.0, now);

        assertThat(fresh.transaction()).isLessThan(veteran.transaction());
        assertThat(fresh.tier()).isLessThan(veteran.tier());
        assertThat(calculator.score(List.of(), 1.0, now).transaction()).isEqualTo(500);
    }

    private static List<Fact> trades(
            String user, int n, int stars, double credibility, Instant at) {
        List<Fact> evidence = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            evidence.add(new Fact(EvidenceKind.COMPLETED, 1.0, 1.0, at));
            evidence.add(new Fact(EvidenceKind.REVIEW, (stars - 1) / 4.0, credibility, at));
        }
        return evidence;
    }
}
