package dev.nearhand.reputation.service;

import dev.nearhand.reputation.EvidenceKind;
import dev.nearhand.reputation.Fact;
import dev.nearhand.reputation.Money;
import dev.nearhand.reputation.Score;
import dev.nearhand.reputation.Tier;
import dev.nearhand.reputation.config.ReputationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The scoring formulas of README.md, as pure functions of the evidence and the clock. */
@ApplicationScoped
public class CreditCalculator {

    private final ReputationConfig config;

    CreditCalculator(ReputationConfig config) {
        this.config = config;
    }

    /**
     * Both scores and the tier from a user's evidence.
     *
     * @param circleFactor multiplier of positive transaction evidence (1 outside closed circles)
     */
    public Score score(List<Fact> evidence, double circleFactor, Instant now) {
        double priorMean = config.prior().transaction() / 1000.0;
        double weighted = config.prior().weight() * priorMean;
        double total = config.prior().weight();
        double effective = 0;
        double socialPenalty = 0;
        int completed = 0;
        for (Fact e : evidence) {
            if (!e.kind().movesTransaction()) {
                socialPenalty +=
                        e.weight() * decay(e.occurredAt(), now, config.reports().halfLife());
                continue;
            }
            if (e.kind() == EvidenceKind.COMPLETED) {
                completed++;
            }
            double w = e.weight() * decay(e.occurredAt(), now, config.halfLife());
            if (e.value() >= priorMean) {
                // Praise from a circle of people who only trade with each other proves little.
                w *= circleFactor;
            }
            weighted += w * e.value();
            total += w;
            effective += w;
        }
        int transaction = clamp((int) Math.round(1000 * weighted / total));
        int social = clamp((int) Math.round(1000 * Math.exp(-socialPenalty)));
        return new Score(transaction, social, tierOf(transaction, effective), completed, effective);
    }

    /** The tier a transaction score and effective evidence reach. */
    public Tier tierOf(int transaction, double evidence) {
        ReputationConfig.Tiers t = config.tiers();
        if (transaction >= t.goldScore() && evidence >= t.goldEvidence()) {
            return Tier.GOLD;
        }
        if (transaction >= t.silverScore() && evidence >= t.silverEvidence()) {
            return Tier.SILVER;
        }
        if (transaction >= t.bronzeScore() && evidence >= t.bronzeEvidence()) {
            return Tier.BRONZE;
        }
        return Tier.NEW;
    }

    /** 1 - discount × clustering, once the user has enough distinct counterparties to judge. */
    public double circleFactor(int partners, double clustering) {
        if (partners < config.weights().circleMinPartners()) {
            return 1.0;
        }
        return Math.max(0, 1 - config.weights().circleDiscount() * clustering);
    }

    /** log2(1 + amount / typical): a typical amount weighs 1, ten times as much about 3.5. */
    public double amountWeight(Money total) {
        BigDecimal typical =
                config.weights()
                        .typicalAmount()
                        .getOrDefault(total.currency(), config.weights().defaultTypicalAmount());
        double ratio = total.amount().divide(typical, MathContext.DECIMAL64).doubleValue();
        return Math.log1p(Math.max(0, ratio)) / Math.log(2);
    }

    /** The k-th finished trade of the same two users weighs 1/k^exponent. */
    public double pairFactor(Integer k) {
        return k == null ? 1.0 : 1.0 / Math.pow(k, config.weights().pairRepeatExponent());
    }

    /** How much a user's review or report counts: NEW users little, others by their score. */
    public double reviewerCredibility(Tier tier, int transaction) {
        return tier == Tier.NEW ? config.weights().newReviewerCredibility() : transaction / 1000.0;
    }

    static double decay(Instant at, Instant now, Duration halfLife) {
        double age = Math.max(0, Duration.between(at, now).toSeconds());
        return Math.pow(0.5, age / halfLife.toSeconds());
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(1000, score));
    }
}
