package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/**
 * An item lent by the day is already booked, on a day the buyer asks for, as often as it can be.
 */
public class DaysTakenException extends ProblemException {
    public DaysTakenException(String detail) {
        super(409, "days-taken", "Not free on the days asked", detail);
    }
}
