package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/**
 * A party of the escrow asked for an action that belongs to the other party (or to an operator).
 */
public class PartyNotAllowedException extends ProblemException {
    public PartyNotAllowedException(String detail) {
        super(403, "not-allowed", "Not your move", detail);
    }
}
