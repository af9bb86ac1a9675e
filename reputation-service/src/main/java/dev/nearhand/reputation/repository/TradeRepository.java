package dev.nearhand.reputation.repository;

import dev.nearhand.reputation.Trade;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The escrow copy, and the trading graph questions scores ask of it. */
@ApplicationScoped
public class TradeRepository implements PanacheRepositoryBase<Trade, UUID> {

    public Optional<Trade> findForUpdate(UUID escrowId) {
        return findByIdOptional(escrowId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Serializes the effects of two users' trades until commit, so each finished trade gets a
     * distinct position k among the pair's trades even across replicas.
     */
    public void lockPair(String a, String b) {
        String key = a.compareTo(b) < 0 ? a + "\u001f" + b : b + "\u001f" + a;
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, key)
                .getSingleResult();
    }

    /** How many trades of these two users have already had their credit effect counted. */
    public long finishedBetween(String a, String b) {
        return count(
                "pairIndex is not null and ((buyerId = ?1 and sellerId = ?2) or (buyerId = ?2 and sellerId = ?1))",
                a,
                b);
    }

    /** Whether the two users ever had an escrow together, in any status. */
    public boolean everTraded(String a, String b) {
        return count("(buyerId = ?1 and sellerId = ?2) or (buyerId = ?2 and sellerId = ?1)", a, b)
                > 0;
    }

    /**
     * The user's distinct counterparties in finished trades, and how many pairs of them also traded
     * with each other: the inputs of the closed-circle discount.
     */
    public Circle circleOf(String userId) {
        Object[] row =
                (Object[])
                        getEntityManager()
                                .createNativeQuery(
                                        """
                WITH p AS (
                    SELECT DISTINCT CASE WHEN buyer_id = ?1 THEN seller_id ELSE buyer_id END AS id
                    FROM trade
                    WHERE pair_index IS NOT NULL AND (buyer_id = ?1 OR seller_id = ?1))
                SELECT (SELECT count(*) FROM p),
                       (SELECT count(DISTINCT LEAST(t.buyer_id, t.seller_id) || chr(31)
                                              || GREATEST(t.buyer_id, t.seller_id))
                        FROM trade t
                        JOIN p pb ON pb.id = t.buyer_id
                        JOIN p ps ON ps.id = t.seller_id
                        WHERE t.pair_index IS NOT NULL)
                """)
                                .setParameter(1, userId)
                                .getSingleResult();
        return new Circle(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    /** Terminal trades of a user whose credit effect counted, for explanations. */
    public List<Trade> finishedOf(String userId) {
        return list("effectsApplied = true and (buyerId = ?1 or sellerId = ?1)", userId);
    }

    /** A user's distinct finished-trade counterparties and the links among them. */
    public record Circle(int partners, long linksAmongPartners) {

        /** The share of possible links among the partners that exist (0 with fewer than 2). */
        public double clustering() {
            if (partners < 2) {
                return 0;
            }
            return linksAmongPartners / (partners * (partners - 1) / 2.0);
        }
    }
}
