package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** An escrow that does not exist or that the caller is not a party to: the two look the same. */
public class EscrowNotFoundException extends ProblemException {
    public EscrowNotFoundException(String detail) {
        super(404, "escrow-not-found", "No such escrow", detail);
    }
}
