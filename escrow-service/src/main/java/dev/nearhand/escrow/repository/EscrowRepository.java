package dev.nearhand.escrow.repository;

import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.EscrowStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;

/** Escrows: locked for every transition, claimed by the timers without ever blocking. */
@ApplicationScoped
public class EscrowRepository implements PanacheRepositoryBase<Escrow, UUID> {

    /** Which of a user's escrows to list; {@code ANY} for both roles (or all, for operators). */
    public enum Role {
        BUYER,
        SELLER,
        ANY
    }

    /**
     * Locks the escrow's row until the transaction ends, then loads its history. Two statements on
     * purpose: after waiting for the lock PostgreSQL re-reads only the locked row, so history
     * joined into the locking query would be the snapshot from before the wait and miss the move
     * that held the lock; a statement issued after the lock sees every committed step.
     */
    public Optional<Escrow> lock(UUID id) {
        Optional<Escrow> escrow = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        escrow.ifPresent(locked -> Hibernate.initialize(locked.history()));
        return escrow;
    }

    public Optional<Escrow> withHistory(UUID id) {
        // One escrow with all its transitions: a limit (firstResult) would make Hibernate read the
        // whole join and cut it in memory, warning on every read.
        return find("from Escrow e left join fetch e.history where e.id = ?1", id)
                .singleResultOptional();
    }

    /**
     * Claims one escrow whose acceptance or delivery deadline has passed. Rows another transaction
     * holds (another replica's timer, or a party acting right now) are skipped, never waited for:
     * each timer fires in exactly one transaction.
     */
    public Optional<Escrow> claimDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT id FROM escrow WHERE (status = 'HELD' AND accept_by <= ?1)"
                                        + " OR (status = 'DELIVERED' AND release_at <= ?1)"
                                        + " LIMIT 1 FOR UPDATE SKIP LOCKED",
                                UUID.class)
                        .setParameter(1, now)
                        .getResultList();
        return ids.stream().findFirst().map(this::findById);
    }

    /** Units of one item in other escrows: held for buyers, and sold (the seller was paid). */
    public record UnitsTaken(long held, long sold) {}

    /**
     * What other escrows of an item take from its stock. Sold means released, or resolved with a
     * share for the seller: the same rule listing-service lowers the stock by.
     */
    public UnitsTaken unitsTaken(UUID listingId, UUID except) {
        Object[] row =
                (Object[])
                        getEntityManager()
                                .createNativeQuery(
                                        "SELECT coalesce(sum(quantity) FILTER (WHERE status IN"
                                                + " ('HELD', 'ACCEPTED', 'DELIVERED', 'DISPUTED')), 0),"
                                                + " coalesce(sum(quantity) FILTER (WHERE status ="
                                                + " 'RELEASED' OR (status = 'RESOLVED' AND seller_share"
                                                + " > 0)), 0) FROM escrow WHERE listing_id = ?1 AND"
                                                + " reserves_stock AND id <> ?2")
                                .setParameter(1, listingId)
                                .setParameter(2, except)
                                .getSingleResult();
        return new UnitsTaken(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * A page of escrows, newest first, after the keyset position {@code (beforeCreated, beforeId)}.
     * A null {@code userId} lists everyone's (operators only).
     */
    public List<Escrow> page(
            String userId,
            Role role,
            EscrowStatus status,
            Instant beforeCreated,
            UUID beforeId,
            int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (userId != null) {
            params.and("user", userId);
            where.add(
                    switch (role) {
                        case BUYER -> "e.buyerId = :user";
                        case SELLER -> "e.sellerId = :user";
                        case ANY -> "(e.buyerId = :user or e.sellerId = :user)";
                    });
        }
        if (status != null) {
            params.and("status", status);
            where.add("e.status = :status");
        }
        if (beforeCreated != null) {
            params.and("created", beforeCreated).and("id", beforeId);
            where.add(
                    "(e.timeline.createdAt < :created"
                            + " or (e.timeline.createdAt = :created and e.id < :id))");
        }
        String query =
                "from Escrow e"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by e.timeline.createdAt desc, e.id desc";
        return find(query, params).page(0, limit).list();
    }
}
