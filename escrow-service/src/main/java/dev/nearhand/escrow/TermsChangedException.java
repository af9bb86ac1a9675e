package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/**
 * The seller changed the listing's price or its unit after the buyer opened the escrow: confirming
 * would hold the seller to terms they no longer offer.
 */
public class TermsChangedException extends ProblemException {
    public TermsChangedException(String detail) {
        super(409, "terms-changed", "The listing's terms changed", detail);
    }
}
