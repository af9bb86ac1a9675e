package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;

/** An operator deciding a report they filed or that is about them: another operator must. */
public class PartyToReportException extends ProblemException {
    public PartyToReportException(String detail) {
        super(403, "party-to-report", "Party to this report", detail);
    }
}
