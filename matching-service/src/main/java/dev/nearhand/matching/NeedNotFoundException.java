package dev.nearhand.matching;

import dev.nearhand.platform.problem.ProblemException;
import java.util.UUID;

/** No open need with this id that the caller may see: also what another user's need looks like. */
public class NeedNotFoundException extends ProblemException {
    public NeedNotFoundException(UUID id) {
        super(404, "not-found", "Need not found", "No need " + id + " of yours");
    }
}
