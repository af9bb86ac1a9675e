package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;
import java.util.Map;

/** A patch that found the listing changed by another request every time it was about to write. */
public class ListingEditConflictException extends ProblemException {
    public ListingEditConflictException(int attempts) {
        super(
                409,
                "edit-conflict",
                "The listing kept changing",
                "Other changes to this listing came first "
                        + attempts
                        + " times while this patch was applied: send it again",
                Map.of("attempts", attempts));
    }
}
