package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;

/** A party's second review of the same escrow. */
public class AlreadyReviewedException extends ProblemException {
    public AlreadyReviewedException() {
        super(
                409,
                "already-reviewed",
                "Already reviewed",
                "You have already reviewed this trade; a review cannot be changed");
    }
}
