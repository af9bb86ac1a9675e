package dev.nearhand.reputation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** The scoring rules of reputation-service; README.md explains each constant. */
@ConfigMapping(prefix = "reputation")
public interface ReputationConfig {

    Prior prior();

    /** Evidence loses half its weight after this long, so old behaviour fades. */
    @WithDefault("180d")
    Duration halfLife();

    Weights weights();

    Tiers tiers();

    Reviews reviews();

    Reports reports();

    Limits limits();

    /** Where a user starts, and how many average trades of evidence that start is worth. */
    interface Prior {
        @WithDefault("500")
        int transaction();

        @WithDefault("5")
        double weight();
    }

    /** How much each kind of evidence weighs against a completed trade of a typical amount. */
    interface Weights {
        /** The k-th finished trade of the same two users weighs 1/k^exponent. */
        @WithDefault("2")
        double pairRepeatExponent();

        /**
         * The amount that weighs 1.0 (log2(1 + amount/typical)), per currency; amounts are not
         * converted between currencies.
         */
        Map<String, BigDecimal> typicalAmount();

        @WithDefault("100")
        BigDecimal defaultTypicalAmount();

        @WithDefault("0.5")
        double declined();

        @WithDefault("1.0")
        double expired();

        @WithDefault("2.0")
        double disputeLost();

        @WithDefault("0.5")
        double disputeFailed();

        @WithDefault("1.0")
        double review();

        /** Praise from a closed circle: positive evidence × (1 - discount × clustering). */
        @WithDefault("0.9")
        double circleDiscount();

        /** Clustering is measured only from this many distinct counterparties on. */
        @WithDefault("3")
        int circleMinPartners();

        /** Credibility of a NEW user's review: unproven, so low. */
        @WithDefault("0.2")
        double newReviewerCredibility();
    }

    /** Tier thresholds: transaction score AND effective evidence must both be reached. */
    interface Tiers {
        @WithDefault("550")
        int bronzeScore();

        @WithDefault("3")
        double bronzeEvidence();

        @WithDefault("700")
        int silverScore();

        @WithDefault("10")
        double silverEvidence();

        @WithDefault("850")
        int goldScore();

        @WithDefault("30")
        double goldEvidence();
    }

    /** Double-blind reviews. */
    interface Reviews {
        /** How long after the trade finished a party may review; reviews are revealed then. */
        @WithDefault("14d")
        Duration window();

        @WithDefault("true")
        boolean publisherEnabled();

        @WithDefault("30s")
        String publishEvery();

        @WithDefault("100")
        int publishBatch();
    }

    /** Reports about users. */
    interface Reports {
        @WithDefault("5")
        int perHour();

        @WithDefault("20")
        int perDay();

        /** Weight factor of a reporter who never had an escrow with the target. */
        @WithDefault("0.3")
        double strangerFactor();

        /** An upheld report's effect halves after this long. */
        @WithDefault("365d")
        Duration halfLife();

        /** Severity of an upheld report by reason: how much social credit it costs at weight 1. */
        @WithDefault("0.5")
        double fraudSeverity();

        @WithDefault("0.3")
        double harassmentSeverity();

        @WithDefault("0.15")
        double spamSeverity();

        @WithDefault("0.1")
        double otherSeverity();
    }

    /**
     * A mirror of escrow-service's default limits (escrow.limits.*), used only to explain limits on
     * /api/credit/me; escrow-service enforces its own.
     */
    interface Limits {
        @WithDefault("2000")
        BigDecimal phonePerEscrow();

        @WithDefault("5000")
        BigDecimal phoneOpenExposure();

        @WithDefault("20000")
        BigDecimal idPerEscrow();

        @WithDefault("50000")
        BigDecimal idOpenExposure();

        @WithDefault("1")
        BigDecimal newMultiplier();

        @WithDefault("1.5")
        BigDecimal bronzeMultiplier();

        @WithDefault("2")
        BigDecimal silverMultiplier();

        @WithDefault("4")
        BigDecimal goldMultiplier();
    }
}
