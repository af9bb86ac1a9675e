package dev.nearhand.platform.time;

import java.time.Clock;
import java.time.Duration;

/** The services' clock. */
public final class Clocks {

    private Clocks() {}

    /**
     * UTC, ticking in whole microseconds: PostgreSQL keeps a time to the microsecond and rounds the
     * rest, so an answer written from a nanosecond clock and the same record read back later
     * disagreed in the last digits.
     */
    public static Clock utcMicros() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
