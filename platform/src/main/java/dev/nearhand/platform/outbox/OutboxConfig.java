package dev.nearhand.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Knobs of the outbox relay. */
@ConfigMapping(prefix = "nearhand.outbox")
public interface OutboxConfig {

    /** Off only in tests that need to hold events back. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for events when no commit woke it. */
    @WithDefault("500ms")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /**
     * How long one send may wait for the broker before the batch counts as failed and is retried.
     */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Pause after a failed batch, so a broker outage is not hammered. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Published events are kept this long for investigation, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
