package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** A top-up that does not exist or is another user's: the two look the same. */
public class TopUpNotFoundException extends ProblemException {
    public TopUpNotFoundException(String detail) {
        super(404, "top-up-not-found", "No such top-up", detail);
    }
}
