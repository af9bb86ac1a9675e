package dev.nearhand.reputation.repository;

import dev.nearhand.reputation.Trade;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
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
     * Counts one more finished trade of these two users and returns its position k among the pair's
     * trades, 1 for their first. The upsert holds the pair's row until commit, so concurrent trades
     * of one pair (also on other replicas) get distinct positions; the first also makes the two
     * users counterparties in {@link #circleOf}.
     */
    public int nextPairIndex(String a, String b) {
        if (a.equals(b)) {
            return 1; // escrow refuses buying from yourself: there is no pair to count against
        }
        // Ordered in SQL, byte-wise like the table's check: Java orders strings by UTF-16 units.
        Number finished =
                (Number)
                        getEntityManager()
                                .createNativeQuery(
                                        """
                INSERT INTO trading_pair (user_a, user_b, finished)
                VALUES (LEAST(?1 COLLATE "C", ?2 COLLATE "C"), GREATEST(?1 COLLATE "C", ?2 COLLATE "C"), 1)
                ON CONFLICT (user_a, user_b) DO UPDATE SET finished = trading_pair.finished + 1
                RETURNING finished
                """)
                                .setParameter(1, a)
                                .setParameter(2, b)
                                .setFlushMode(FlushModeType.COMMIT) // no entity maps trading_pair
                                .getSingleResult();
        return finished.intValue();
    }

    /** Whether the two users ever had an escrow together, in any status. */
    public boolean everTraded(String a, String b) {
        return count("(buyerId = ?1 and sellerId = ?2) or (buyerId = ?2 and sellerId = ?1)", a, b)
                > 0;
    }

    /**
     * The user's distinct counterparties in finished trades, and how many pairs of them also traded
     * with each other: the inputs of the closed-circle discount. Read from the pairs, so the cost
     * follows the number of counterparties, not of trades.
     */
    public Circle circleOf(String userId) {
        Object[] row =
                (Object[])
                        getEntityManager()
                                .createNativeQuery(
                                        """
                WITH p AS (
                    SELECT user_b AS id FROM trading_pair WHERE user_a = ?1
                    UNION ALL
                    SELECT user_a FROM trading_pair WHERE user_b = ?1)
                SELECT (SELECT count(*) FROM p),
                       (SELECT count(*)
                        FROM trading_pair t
                        JOIN p pa ON pa.id = t.user_a
                        JOIN p pb ON pb.id = t.user_b)
                """)
                                .setParameter(1, userId)
                                .setFlushMode(FlushModeType.COMMIT) // no entity maps trading_pair
                                .getSingleResult();
        return new Circle(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }

    /**
     * The users who finished trades with both of these two: a first trade of the two links their
     * circles, and so changes their closed-circle discount.
     */
    @SuppressWarnings("unchecked")
    public List<String> commonPartners(String a, String b) {
        if (a.equals(b)) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery(
                        """
                WITH pa AS (
                    SELECT user_b AS id FROM trading_pair WHERE user_a = ?1
                    UNION ALL
                    SELECT user_a FROM trading_pair WHERE user_b = ?1),
                pb AS (
                    SELECT user_b AS id FROM trading_pair WHERE user_a = ?2
                    UNION ALL
                    SELECT user_a FROM trading_pair WHERE user_b = ?2)
                SELECT id FROM pa INTERSECT SELECT id FROM pb
                """,
                        String.class)
                .setParameter(1, a)
                .setParameter(2, b)
                .setFlushMode(FlushModeType.COMMIT) // no entity maps trading_pair
                .getResultList();
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
