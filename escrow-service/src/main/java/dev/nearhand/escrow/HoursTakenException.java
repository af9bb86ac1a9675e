package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/**
 * An item lent by the hour is already booked, at some moment of the time the buyer asks for, as
 * often as it can be.
 */
public class HoursTakenException extends ProblemException {
    public HoursTakenException(String detail) {
        super(409, "hours-taken", "Not free at the time asked", detail);
    }
}
