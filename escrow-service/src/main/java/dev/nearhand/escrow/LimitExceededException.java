package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** A payment over the buyer's verification and credit limits; the detail says how to raise them. */
public class LimitExceededException extends ProblemException {
    public LimitExceededException(String detail) {
        super(422, "limit-exceeded", "Limit exceeded", detail);
    }
}
