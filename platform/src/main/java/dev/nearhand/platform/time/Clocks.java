package dev.nearhand.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The services' one clock, which every deadline and timestamp is taken from; tests replace it with
 * an alternative they can move instead of waiting.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return utcMicros();
    }

    /**
     * UTC, ticking in whole microseconds: PostgreSQL keeps a time to the microsecond and rounds the
     * rest, so an answer written from a nanosecond clock and the same record read back later
     * disagreed in the last digits.
     */
    public static Clock utcMicros() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
