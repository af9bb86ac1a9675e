package dev.nearhand.reputation.config;

import dev.nearhand.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock every window, rate limit and decay is computed with, so tests can move time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clocks.utcMicros();
    }
}
