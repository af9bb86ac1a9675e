package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** The payment provider refused a top-up. */
public class PaymentDeclinedException extends ProblemException {
    public PaymentDeclinedException(String detail) {
        super(422, "payment-declined", "Payment declined", detail);
    }
}
