package dev.nearhand.reputation;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: real time plus an offset tests move forward, so windows close
 * without waiting. Only ever moved forward, so tests sharing the application do not disturb each
 * other.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stoppedAt;

    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
        if (stoppedAt != null) {
            stoppedAt = stoppedAt.plus(by);
        }
    }

    /**
     * Holds the clock at a moment not before now, for tests of an exact instant, until {@link
     * #resume()}.
     */
    public synchronized void stopAt(Instant at) {
        if (at.isBefore(instant())) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        stoppedAt = at;
    }

    /** Lets the clock run on from where it stopped. */
    public synchronized void resume() {
        if (stoppedAt != null) {
            offset = Duration.between(Instant.now(), stoppedAt);
            stoppedAt = null;
        }
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
