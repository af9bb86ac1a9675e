package dev.nearhand.reputation.service;

import dev.nearhand.reputation.CreditSums;
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
    private final String sumsBasis;

    CreditCalculator(ReputationConfig config) {
        this.config = config;
        this.sumsBasis =
                "mean="
                        + config.prior().transaction() / 1000.0
                        + ";half-life="
                        + config.halfLife()
                        + ";reports-half-life="
                        + config.reports().halfLife();
    }

    /**
     * Both scores and the tier from a user's evidence, read whole.
     *
     * @param circleFactor multiplier of positive transaction evidence (1 outside closed circles)
     */
    public Score score(List<Fact> evidence, double circleFactor, Instant now) {
        return score(sumsOf(evidence, now), circleFactor);
    }

    /** All of a user's evidence summed, decayed to {@code now}. */
    public CreditSums sumsOf(List<Fact> evidence, Instant now) {
        return plus(CreditSums.none(now), evidence);
    }

    /**
     * Both scores and the tier from a user's summed evidence.
     *
     * @param circleFactor multiplier of praise (1 outside closed circles): praise from a circle of
     *     people who only trade with each other proves little
     */
    public Score score(CreditSums sums, double circleFactor) {
        double priorWeight = config.prior().weight();
        double praise = circleFactor * sums.praiseWeight();
        double weighted =
                priorWeight * priorMean() + circleFactor * sums.praiseValue() + sums.otherValue();
        double total = priorWeight + praise + sums.otherWeight();
        double effective = praise + sums.otherWeight();
        int transaction = clamp((int) Math.round(1000 * weighted / total));
        int social = clamp((int) Math.round(1000 * Math.exp(-sums.socialPenalty())));
        return new Score(
                transaction, social, tierOf(transaction, effective), sums.completed(), effective);
    }

    /** The sums with each fact added, its weight decayed to the sums' instant. */
    public CreditSums plus(CreditSums sums, List<Fact> facts) {
        double praiseWeight = sums.praiseWeight();
        double praiseValue = sums.praiseValue();
        double otherWeight = sums.otherWeight();
        double otherValue = sums.otherValue();
        double socialPenalty = sums.socialPenalty();
        int completed = sums.completed();
        for (Fact e : facts) {
            if (!e.kind().movesTransaction()) {
                socialPenalty +=
                        e.weight() * decay(e.occurredAt(), sums.at(), config.reports().halfLife());
                continue;
            }
            if (e.kind() == EvidenceKind.COMPLETED) {
                completed++;
            }
            double w = e.weight() * decay(e.occurredAt(), sums.at(), config.halfLife());
            if (e.value() >= priorMean()) {
                praiseWeight += w;
                praiseValue += w * e.value();
            } else {
                otherWeight += w;
                otherValue += w * e.value();
            }
        }
        return new CreditSums(
                sums.at(),
                praiseWeight,
                praiseValue,
                otherWeight,
                otherValue,
                socialPenalty,
                completed);
    }

    /** The same sums decayed to a later instant (an earlier one leaves them as they are). */
    public CreditSums rolledTo(CreditSums sums, Instant now) {
        if (!now.isAfter(sums.at())) {
            return sums;
        }
        double f = decay(sums.at(), now, config.halfLife());
        double social = decay(sums.at(), now, config.reports().halfLife());
        return new CreditSums(
                now,
                sums.praiseWeight() * f,
                sums.praiseValue() * f,
                sums.otherWeight() * f,
                sums.otherValue() * f,
                sums.socialPenalty() * social,
                sums.completed());
    }

    /**
     * The rules stored sums were made under: sums stored under other rules (a changed prior or
     * half-life) are rebuilt from the evidence.
     */
    public String sumsBasis() {
        return sumsBasis;
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
        double age = Math.max(0, Duration.between(at, now).toMillis());
        return Math.pow(0.5, age / halfLife.toMillis());
    }

    private double priorMean() {
        return config.prior().transaction() / 1000.0;
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(1000, score));
    }
}
