package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;
import java.time.Instant;

/** A review after the window closed. */
public class ReviewWindowClosedException extends ProblemException {
    public ReviewWindowClosedException(Instant deadline) {
        super(
                409,
                "review-window-closed",
                "Review window closed",
                "Reviews of this trade closed at " + deadline);
    }
}
