package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** A buyer tried to open an escrow on their own listing. */
public class SelfPurchaseException extends ProblemException {
    public SelfPurchaseException(String detail) {
        super(422, "self-purchase", "Cannot buy from yourself", detail);
    }
}
