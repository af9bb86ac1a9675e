package dev.nearhand.matching.repository;

import dev.nearhand.contracts.escrow.EscrowSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/** The days escrows book of items lent by the day, one row per escrow holding money for them. */
@ApplicationScoped
public class BookedDaysRepository {

    private final EntityManager entityManager;

    BookedDaysRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void take(EscrowSnapshot escrow) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO booked_days (escrow_id, listing_id, booked_from, booked_until)"
                                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, escrow.escrowId())
                .setParameter(2, escrow.listingId())
                .setParameter(3, escrow.bookedFrom())
                .setParameter(4, escrow.bookedUntil())
                // Touches nothing the session holds: no dirty check of the whole poll first.
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    public void giveBack(EscrowSnapshot escrow) {
        entityManager
                .createNativeQuery("DELETE FROM booked_days WHERE escrow_id = ?1")
                .setParameter(1, escrow.escrowId())
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }
}
