package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;
import java.util.Map;

/** A move the escrow's current state does not allow; the problem carries {@code currentState}. */
public class IllegalTransitionException extends ProblemException {
    public IllegalTransitionException(String action, EscrowStatus current, String why) {
        super(
                409,
                "illegal-transition",
                "Not possible in this state",
                "Cannot " + action + " an escrow that is " + current + why,
                Map.of("currentState", current.name()));
    }
}
