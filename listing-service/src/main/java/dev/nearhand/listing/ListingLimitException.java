package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;

/** The owner already has as many active and paused listings as one person may. */
public class ListingLimitException extends ProblemException {
    public ListingLimitException(int limit) {
        super(
                422,
                "listing-limit-reached",
                "Too many listings",
                "You may have at most "
                        + limit
                        + " active or paused listings; withdraw one to add another");
    }
}
