package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;
import java.util.UUID;

/** No such report, or one the caller did not file. */
public class ReportNotFoundException extends ProblemException {
    public ReportNotFoundException(UUID id) {
        super(
                404,
                "report-not-found",
                "Report not found",
                "There is no report " + id + " you may read");
    }
}
