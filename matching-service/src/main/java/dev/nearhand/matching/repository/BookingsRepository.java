package dev.nearhand.matching.repository;

import dev.nearhand.contracts.escrow.EscrowSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.ZoneOffset;

/**
 * The days escrows book of items lent by the day and the times they book of items lent by the hour,
 * one row per escrow holding money for them.
 */
@ApplicationScoped
public class BookingsRepository {

    private final EntityManager entityManager;

    BookingsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the escrow's days or time; an escrow books one or the other, never both. */
    public void take(EscrowSnapshot escrow) {
        if (escrow.bookedStart() != null) {
            entityManager
                    .createNativeQuery(
                            "INSERT INTO booked_hours (escrow_id, listing_id, booked_start,"
                                    + " booked_end) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, escrow.escrowId())
                    .setParameter(2, escrow.listingId())
                    .setParameter(3, escrow.bookedStart().atOffset(ZoneOffset.UTC))
                    .setParameter(4, escrow.bookedEnd().atOffset(ZoneOffset.UTC))
                    // Touches nothing the session holds: no dirty check of the whole poll first.
                    .setFlushMode(FlushModeType.COMMIT)
                    .executeUpdate();
            return;
        }
        entityManager
                .createNativeQuery(
                        "INSERT INTO booked_days (escrow_id, listing_id, booked_from, booked_until)"
                                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, escrow.escrowId())
                .setParameter(2, escrow.listingId())
                .setParameter(3, escrow.bookedFrom())
                .setParameter(4, escrow.bookedUntil())
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    public void giveBack(EscrowSnapshot escrow) {
        String table = escrow.bookedStart() != null ? "booked_hours" : "booked_days";
        entityManager
                .createNativeQuery("DELETE FROM " + table + " WHERE escrow_id = ?1")
                .setParameter(1, escrow.escrowId())
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }
}
