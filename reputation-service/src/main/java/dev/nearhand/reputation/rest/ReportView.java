package dev.nearhand.reputation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nearhand.reputation.Report;
import dev.nearhand.reputation.ReportReason;
import dev.nearhand.reputation.ReportStatus;
import java.time.Instant;
import java.util.UUID;

/** A report as its reporter and operators see it; {@code userId} is the reported user. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        UUID id,
        String userId,
        ReportReason reason,
        String detail,
        UUID listingId,
        UUID escrowId,
        ReportStatus status,
        Instant createdAt,
        Instant decidedAt,
        String decisionNote) {

    public static ReportView from(Report report) {
        return new ReportView(
                report.id(),
                report.subjectId(),
                report.reason(),
                report.detail(),
                report.listingId(),
                report.escrowId(),
                report.status(),
                report.createdAt(),
                report.decidedAt(),
                report.decisionNote());
    }
}
