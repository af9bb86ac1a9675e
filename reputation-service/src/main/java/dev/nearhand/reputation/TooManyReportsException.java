package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;
import java.time.Duration;
import java.util.Map;

/** A reporter over their hourly or daily report limit: floods are refused, not queued. */
public class TooManyReportsException extends ProblemException {

    private final transient Duration retryAfter;

    public TooManyReportsException(int limit, String period, Duration retryAfter) {
        super(
                429,
                "too-many-reports",
                "Too many reports",
                "You may file at most " + limit + " reports per " + period,
                Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds())));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
