package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.finished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.nearhand.reputation.repository.TradeRepository;
import dev.nearhand.reputation.service.CreditCalculator;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Public and private credit, and the Bayesian prior that makes evidence volume count. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class CreditTest {

    @Inject TestClock clock;
    @Inject TradeService trades;
    @Inject CreditCalculator calculator;
    @Inject TradeRepository tradeRepository;

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
                        hasItem(
                                "verify your ID to raise your limits to 20000 per escrow and 50000"
                                        + " open, in the escrow's currency"));
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
