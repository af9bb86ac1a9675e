package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;
import java.util.Map;

/** A lifecycle move the listing's current state does not allow. */
public class IllegalListingTransitionException extends ProblemException {
    public IllegalListingTransitionException(String action, ListingStatus current) {
        super(
                409,
                "illegal-transition",
                "Not possible in this state",
                "Cannot " + action + " a listing that is " + current,
                Map.of("currentState", current.name()));
    }
}
