package dev.nearhand.reputation.repository;

import dev.nearhand.reputation.Report;
import dev.nearhand.reputation.ReportStatus;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports by id, by reporter (for rate limits and "my reports") and by status (operators). */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Serializes one reporter's filings so two parallel requests cannot both pass the limit. */
    public void lockReporter(String reporterId) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "report\u001f" + reporterId)
                .getSingleResult();
    }

    /** The reporter's reports since a moment, oldest first. */
    public List<Report> filedSince(String reporterId, Instant since) {
        return list("reporterId = ?1 and createdAt > ?2 order by createdAt", reporterId, since);
    }

    /**
     * One page, newest first: filtered by reporter when given (a user's own reports), and by status
     * when given.
     */
    public List<Report> page(String reporterId, ReportStatus status, Position after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (reporterId != null) {
            where.add("reporterId = :reporter");
            params = params.and("reporter", reporterId);
        }
        if (status != null) {
            where.add("status = :status");
            params = params.and("status", status);
        }
        if (after != null) {
            where.add("(createdAt < :at or (createdAt = :at and id < :id))");
            params = params.and("at", after.at()).and("id", after.id());
        }
        String query =
                (where.isEmpty() ? "1 = 1" : String.join(" and ", where))
                        + " order by createdAt desc, id desc";
        return find(query, params).page(0, limit).list();
    }
}
