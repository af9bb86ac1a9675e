package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** The buyer's available balance does not cover the total. */
public class InsufficientFundsException extends ProblemException {
    public InsufficientFundsException(String detail) {
        super(422, "insufficient-funds", "Insufficient funds", detail);
    }
}
