package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;
import java.util.UUID;

/** A second decision on a report. */
public class ReportAlreadyDecidedException extends ProblemException {
    public ReportAlreadyDecidedException(UUID id, ReportStatus status) {
        super(
                409,
                "report-already-decided",
                "Report already decided",
                "Report " + id + " is already " + status,
                java.util.Map.of("currentState", status.name()));
    }
}
