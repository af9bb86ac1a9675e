package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;
import java.util.UUID;

/** No such listing, or none the caller may see. */
public class ListingNotFoundException extends ProblemException {
    public ListingNotFoundException(UUID id) {
        super(404, "listing-not-found", "Listing not found", "There is no listing " + id);
    }
}
