package dev.nearhand.reputation.service;

import dev.nearhand.reputation.EscrowNotSharedException;
import dev.nearhand.reputation.Evidence;
import dev.nearhand.reputation.EvidenceKind;
import dev.nearhand.reputation.Report;
import dev.nearhand.reputation.ReportNotFoundException;
import dev.nearhand.reputation.ReportReason;
import dev.nearhand.reputation.ReportStatus;
import dev.nearhand.reputation.SelfReportException;
import dev.nearhand.reputation.TooManyReportsException;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.ReportRepository;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import dev.nearhand.reputation.repository.TradeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Filing reports (rate-limited, weighted by the reporter's standing) and operators' decisions. */
@ApplicationScoped
public class ReportService {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final ReportRepository reports;
    private final TradeRepository trades;
    private final CreditService credits;
    private final ReputationConfig config;
    private final Clock clock;

    ReportService(
            ReportRepository reports,
            TradeRepository trades,
            CreditService credits,
            ReputationConfig config,
            Clock clock) {
        this.reports = reports;
        this.trades = trades;
        this.credits = credits;
        this.config = config;
        this.clock = clock;
    }

    /** The fields of a new report, as the reporter gave them. */
    public record Filing(
            String subjectId, ReportReason reason, String detail, UUID listingId, UUID escrowId) {}

    @Transactional
    public Report file(String reporterId, Filing filing) {
        if (reporterId.equals(filing.subjectId())) {
            throw new SelfReportException();
        }
        // A bad reference is the request's own fault: 422 before the flood limit is weighed. It
        // writes nothing, and the limit counts filed reports, so it never uses up the reporter's.
        requireSharedEscrow(reporterId, filing);
        Instant now = clock.instant();
        reports.lockReporter(reporterId);
        List<Report> lastDay = reports.filedSince(reporterId, now.minus(DAY));
        refuseFlood(lastDay, config.reports().perDay(), "day", DAY, now);
        List<Report> lastHour =
                lastDay.stream().filter(r -> r.createdAt().isAfter(now.minus(HOUR))).toList();
        refuseFlood(lastHour, config.reports().perHour(), "hour", HOUR, now);

        double credibility = credits.of(reporterId).social() / 1000.0;
        // Someone who never dealt with the target knows less about them (and is a cheaper troll).
        double acquaintance =
                trades.everTraded(reporterId, filing.subjectId())
                        ? 1.0
                        : config.reports().strangerFactor();
        Report report =
                Report.file(
                        reporterId,
                        filing.subjectId(),
                        filing.reason(),
                        filing.detail(),
                        filing.listingId(),
                        filing.escrowId(),
                        credibility * acquaintance,
                        now);
        reports.persist(report);
        return report;
    }

    /**
     * An escrow a report cites must be one between the reporter and the reported user, or anyone
     * could pin a report on a trade they were not in. Reputation knows escrows only from escrow
     * events (from EscrowHeld on; an escrow awaiting confirmation is never announced), so one
     * confirmed a moment ago may not be here yet: it is refused like an unknown one, with a detail
     * that says to try again, rather than kept unchecked. listingId and userId stay unchecked:
     * reputation keeps no copy of listings and has no user directory to check them against.
     */
    private void requireSharedEscrow(String reporterId, Filing filing) {
        UUID escrowId = filing.escrowId();
        if (escrowId == null) {
            return;
        }
        boolean shared =
                trades.findByIdOptional(escrowId)
                        .filter(trade -> trade.isBetween(reporterId, filing.subjectId()))
                        .isPresent();
        if (!shared) {
            throw new EscrowNotSharedException(escrowId);
        }
    }

    /**
     * An operator upholds or dismisses a report, never one they filed or that is about them (the
     * report refuses); only upholding lowers the subject's credit.
     */
    @Transactional
    public Report decide(UUID id, String operatorId, boolean uphold, String note) {
        Report report =
                reports.findForUpdate(id).orElseThrow(() -> new ReportNotFoundException(id));
        Instant now = clock.instant();
        report.decide(uphold, operatorId, note, now);
        if (uphold) {
            credits.record(
                    new Evidence(
                            report.subjectId(),
                            EvidenceKind.REPORT_UPHELD,
                            0.0,
                            report.weight() * severity(report.reason()),
                            report.id(),
                            now));
        }
        return report;
    }

    @Transactional
    public Report readable(UUID id, String callerId, boolean operator) {
        return reports.findByIdOptional(id)
                .filter(r -> r.visibleTo(callerId, operator))
                .orElseThrow(() -> new ReportNotFoundException(id));
    }

    /** Operators see every report; users only the ones they filed. */
    @Transactional
    public List<Report> page(
            String callerId, boolean operator, ReportStatus status, Position after, int limit) {
        return reports.page(operator ? null : callerId, status, after, limit);
    }

    double severity(ReportReason reason) {
        ReputationConfig.Reports r = config.reports();
        return switch (reason) {
            case FRAUD -> r.fraudSeverity();
            case HARASSMENT -> r.harassmentSeverity();
            case SPAM -> r.spamSeverity();
            case OTHER -> r.otherSeverity();
        };
    }

    private static void refuseFlood(
            List<Report> recent, int limit, String period, Duration window, Instant now) {
        if (recent.size() >= limit) {
            // Room frees up when the oldest report in the window leaves it.
            Instant oldest = recent.get(recent.size() - limit).createdAt();
            throw new TooManyReportsException(
                    limit, period, Duration.between(now, oldest.plus(window)));
        }
    }
}
