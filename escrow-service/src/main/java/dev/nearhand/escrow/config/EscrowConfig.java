package dev.nearhand.escrow.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** The business knobs of escrow: fee, windows, timers, limits and the sandbox provider. */
@ConfigMapping(prefix = "escrow")
public interface EscrowConfig {

    /** The platform's fee in percent of the total, rounded half-even to minor units. */
    @WithDefault("5")
    BigDecimal feePercent();

    /** How long after confirming the buyer may still revoke (if the seller has not accepted). */
    @WithDefault("30m")
    Duration revokeWindow();

    /** How long after confirming the seller has to accept before the escrow expires. */
    @WithDefault("48h")
    Duration acceptWithin();

    /** How long after delivery the money is released if the buyer neither releases nor disputes. */
    @WithDefault("72h")
    Duration autoReleaseAfter();

    Timers timers();

    Limits limits();

    Sandbox sandbox();

    /** The job that expires and auto-releases escrows whose deadline has passed. */
    interface Timers {
        /** Off in tests, which run the job themselves with a controlled clock. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("30s")
        String every();

        /** Escrows handled per run; the rest wait for the next run (or another replica). */
        @WithDefault("200")
        int batchSize();
    }

    /** Per-escrow and open-exposure caps, in the escrow's currency units (there is no FX). */
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
        BigDecimal tierNew();

        @WithDefault("1.5")
        BigDecimal tierBronze();

        @WithDefault("2")
        BigDecimal tierSilver();

        @WithDefault("4")
        BigDecimal tierGold();

        /** Terms warn when an escrow brings the buyer within this fraction of a cap. */
        @WithDefault("0.2")
        BigDecimal warnWithin();
    }

    /** The local payment provider: approves every top-up up to a maximum, declines above. */
    interface Sandbox {
        @WithDefault("100000")
        BigDecimal maxTopUp();
    }
}
