package dev.nearhand.escrow.config;

import dev.nearhand.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock every deadline is computed with, so tests can move time instead of waiting. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clocks.utcMicros();
    }
}
