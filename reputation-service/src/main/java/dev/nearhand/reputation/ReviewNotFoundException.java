package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;
import java.util.UUID;

/** No such review, or one still hidden from the caller. */
public class ReviewNotFoundException extends ProblemException {
    public ReviewNotFoundException(UUID id) {
        super(
                404,
                "review-not-found",
                "Review not found",
                "There is no review " + id + " you may read");
    }
}
