package dev.nearhand.reputation.repository;

import dev.nearhand.reputation.Review;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews by escrow, the published ones by subject, and the ones due for publication. */
@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public Optional<Review> byEscrowAndReviewer(UUID escrowId, String reviewerId) {
        return find("escrowId = ?1 and reviewerId = ?2", escrowId, reviewerId)
                .firstResultOptional();
    }

    /** The same, its row locked for this transaction and read as of the lock. */
    public Optional<Review> byEscrowAndReviewerForUpdate(UUID escrowId, String reviewerId) {
        return find("escrowId = ?1 and reviewerId = ?2", escrowId, reviewerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Hidden reviews whose window has closed, locked; rows another replica is publishing are
     * skipped rather than waited for, so no review is published twice.
     */
    @SuppressWarnings("unchecked")
    public List<Review> claimDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT * FROM review WHERE published_at IS NULL AND publish_after <= ?1"
                                + " ORDER BY publish_after LIMIT ?2 FOR UPDATE SKIP LOCKED",
                        Review.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** One page of a user's published reviews, newest first, after the given position. */
    public List<Review> publishedAbout(String subjectId, Position after, int limit) {
        if (after == null) {
            return find(
                            "subjectId = ?1 and publishedAt is not null order by publishedAt desc, id desc",
                            subjectId)
                    .page(0, limit)
                    .list();
        }
        return find(
                        "subjectId = :subject and publishedAt is not null"
                                + " and (publishedAt < :at or (publishedAt = :at and id < :id))"
                                + " order by publishedAt desc, id desc",
                        Parameters.with("subject", subjectId)
                                .and("at", after.at())
                                .and("id", after.id()))
                .page(0, limit)
                .list();
    }

    /** A keyset position: the last item of the previous page. */
    public record Position(Instant at, UUID id) {}
}
