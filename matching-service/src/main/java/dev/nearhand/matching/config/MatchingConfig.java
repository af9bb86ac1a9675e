package dev.nearhand.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Business knobs of matching-service; the README explains each constant. */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    Search search();

    GuidePrice guidePrice();

    Needs needs();

    /** Search radius and the relevance blend. */
    interface Search {
        @WithDefault("5")
        double defaultRadiusKm();

        @WithDefault("50")
        double maxRadiusKm();

        @WithDefault("20")
        int defaultLimit();

        @WithDefault("0.45")
        double textWeight();

        @WithDefault("0.30")
        double distanceWeight();

        @WithDefault("0.15")
        double creditWeight();

        @WithDefault("0.10")
        double priceWeight();

        /** Credit of a seller reputation has not scored yet (tier NEW). */
        @WithDefault("500")
        int neutralCredit();

        /**
         * How far (a fraction) a market's median asking price may move before its listings' price
         * scores are recomputed together; until then they keep the median they were scored with.
         */
        @WithDefault("0.02")
        double rescoreDrift();
    }

    /** The guide-price estimator. */
    interface GuidePrice {
        @WithDefault("5")
        int minSamples();

        @WithDefault("2,5,10,25,50")
        List<Double> radiiKm();

        @WithDefault("180d")
        Duration halfLife();

        /** Asking prices count this much of a completed trade when mixed in. */
        @WithDefault("0.5")
        double askingWeight();

        /** Nearest samples read from the database; the estimator needs no more. */
        @WithDefault("2000")
        int maxSamples();
    }

    /** Posted needs. */
    interface Needs {
        @WithDefault("72h")
        Duration ttl();

        @WithDefault("10")
        int candidates();

        @WithDefault("20")
        int defaultLimit();
    }
}
