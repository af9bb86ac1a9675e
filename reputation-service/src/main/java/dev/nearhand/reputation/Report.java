package dev.nearhand.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A report about a user, open until an operator upholds or dismisses it (once). */
@Entity
@Table(name = "report")
public class Report {

    @Id private UUID id;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private String reporterId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportReason reason;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "listing_id", updatable = false)
    private UUID listingId;

    @Column(name = "escrow_id", updatable = false)
    private UUID escrowId;

    @Column(nullable = false, updatable = false)
    private double weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    protected Report() {}

    /**
     * An open report.
     *
     * @param weight the reporter's credibility, frozen at filing: their social score times the
     *     stranger factor when they never had an escrow with the subject
     */
    public static Report file(
            String reporterId,
            String subjectId,
            ReportReason reason,
            String detail,
            UUID listingId,
            UUID escrowId,
            double weight,
            Instant now) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.reporterId = reporterId;
        report.subjectId = subjectId;
        report.reason = reason;
        report.detail = detail == null ? "" : detail;
        report.listingId = listingId;
        report.escrowId = escrowId;
        report.weight = weight;
        report.status = ReportStatus.OPEN;
        report.createdAt = now;
        return report;
    }

    /**
     * Records an operator's decision; a report is decided once, and never by its reporter or its
     * subject: a judge of their own case (escrow likewise refuses an operator resolving a dispute
     * they are party to). Who may decide is checked before whether it is still open.
     */
    public void decide(boolean uphold, String operatorId, String note, Instant now) {
        if (reporterId.equals(operatorId)) {
            throw new PartyToReportException(
                    "You filed this report: another operator must decide it");
        }
        if (subjectId.equals(operatorId)) {
            throw new PartyToReportException(
                    "This report is about you: another operator must decide it");
        }
        if (status != ReportStatus.OPEN) {
            throw new ReportAlreadyDecidedException(id, status);
        }
        status = uphold ? ReportStatus.UPHELD : ReportStatus.DISMISSED;
        decidedBy = operatorId;
        decisionNote = note;
        decidedAt = now;
    }

    public boolean visibleTo(String userId, boolean operator) {
        return operator || reporterId.equals(userId);
    }

    public UUID id() {
        return id;
    }

    public String reporterId() {
        return reporterId;
    }

    public String subjectId() {
        return subjectId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public UUID listingId() {
        return listingId;
    }

    public UUID escrowId() {
        return escrowId;
    }

    public double weight() {
        return weight;
    }

    public ReportStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
