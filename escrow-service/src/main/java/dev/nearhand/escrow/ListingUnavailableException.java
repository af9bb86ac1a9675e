package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** The listing is unknown here, paused, withdrawn or has no fixed price: it cannot be bought. */
public class ListingUnavailableException extends ProblemException {
    public ListingUnavailableException(String detail) {
        super(422, "listing-unavailable", "Listing not available", detail);
    }
}
