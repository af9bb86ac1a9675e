package dev.nearhand.matching.service;

import dev.nearhand.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock needs expire by; tests replace it with one they can move. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clocks.utcMicros();
    }
}
