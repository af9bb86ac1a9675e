package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;

/** A user reporting themselves. */
public class SelfReportException extends ProblemException {
    public SelfReportException() {
        super(
                422,
                "cannot-report-yourself",
                "Cannot report yourself",
                "You cannot report yourself");
    }
}
