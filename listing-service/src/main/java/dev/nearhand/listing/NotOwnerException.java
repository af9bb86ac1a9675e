package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;

/** Someone other than the owner tried to change a listing they can see. */
public class NotOwnerException extends ProblemException {
    public NotOwnerException() {
        super(403, "not-owner", "Not your listing", "Only the listing's owner may change it");
    }
}
