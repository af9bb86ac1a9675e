package dev.nearhand.escrow.support;

import dev.nearhand.escrow.EscrowStatus;
import dev.nearhand.escrow.ledger.AccountKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the database directly, to check the invariants the API alone cannot show. */
@ApplicationScoped
public class LedgerProbe {

    private final EntityManager em;

    LedgerProbe(EntityManager em) {
        this.em = em;
    }

    /** A system account's balance as operators read it: the sum of its buckets. */
    @Transactional
    public BigDecimal systemBalance(AccountKind kind, String ownerId, String currency) {
        return em.createQuery(
                        "select coalesce(sum(a.balance), 0) from Account a where a.kind = ?1"
                                + " and a.ownerId = ?2 and a.currency = ?3",
                        BigDecimal.class)
                .setParameter(1, kind)
                .setParameter(2, ownerId)
                .setParameter(3, currency)
                .getSingleResult();
    }

    /** How many rows (buckets) a system account has in a currency. */
    @Transactional
    public long buckets(AccountKind kind, String ownerId, String currency) {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM account WHERE kind = ?1 AND"
                                                + " owner_id = ?2 AND currency = ?3")
                                .setParameter(1, kind.name())
                                .setParameter(2, ownerId)
                                .setParameter(3, currency)
                                .getSingleResult())
                .longValue();
    }

    /** Sum of all account balances per currency: zero when money is conserved. */
    @Transactional
    public Map<String, BigDecimal> sumPerCurrency() {
        List<Object[]> rows =
                em.createNativeQuery("SELECT currency, sum(balance) FROM account GROUP BY currency")
                        .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (BigDecimal) r[1]));
    }

    /** Same, from the entries alone. */
    @Transactional
    public Map<String, BigDecimal> entrySumPerCurrency() {
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT currency, sum(amount) FROM ledger_entry GROUP BY currency")
                        .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (BigDecimal) r[1]));
    }

    @Transactional
    public long negativeUserAccounts() {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM account WHERE kind IN ('AVAILABLE',"
                                                + " 'HELD') AND balance < 0")
                                .getSingleResult())
                .longValue();
    }

    /**
     * Replays every account's entries in order: the number of accounts whose balance row differs
     * from the sum of its entries, or whose entries' running balance_after breaks.
     */
    @Transactional
    public long replayMismatches() {
        Number balances =
                (Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM account a WHERE a.balance <>"
                                                + " coalesce((SELECT sum(amount) FROM ledger_entry e"
                                                + " WHERE e.account_id = a.id), 0)")
                                .getSingleResult();
        Number running =
                (Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM (SELECT balance_after, sum(amount)"
                                                + " OVER (PARTITION BY account_id ORDER BY id) AS"
                                                + " replayed FROM ledger_entry) r WHERE balance_after"
                                                + " <> replayed")
                                .getSingleResult();
        return balances.longValue() + running.longValue();
    }

    /**
     * Buyers (per currency) whose held account differs from the total of their open escrows: the
     * limits read a buyer's open exposure from that account.
     */
    @Transactional
    public long heldMismatches() {
        String open =
                EscrowStatus.OPEN.stream()
                        .map(status -> "'" + status.name() + "'")
                        .collect(Collectors.joining(", "));
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM (SELECT owner_id, currency, balance"
                                                + " FROM account WHERE kind = 'HELD') a FULL JOIN"
                                                + " (SELECT buyer_id, currency, sum(total) AS open"
                                                + " FROM escrow WHERE status IN ("
                                                + open
                                                + ") GROUP BY buyer_id, currency) e ON e.buyer_id"
                                                + " = a.owner_id AND e.currency = a.currency WHERE"
                                                + " coalesce(a.balance, 0) <> coalesce(e.open, 0)")
                                .getSingleResult())
                .longValue();
    }

    @Transactional
    public long unbalancedJournals() {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM (SELECT journal_id FROM ledger_entry"
                                                + " GROUP BY journal_id, currency HAVING"
                                                + " sum(amount) <> 0) j")
                                .getSingleResult())
                .longValue();
    }

    /** Journal kinds booked for an escrow, oldest first. */
    @Transactional
    public List<String> journalKinds(UUID escrowId) {
        return em.createNativeQuery(
                        "SELECT kind FROM journal WHERE escrow_id = ?1 ORDER BY created_at, id")
                .setParameter(1, escrowId)
                .getResultList();
    }

    /** Event types in the outbox for an escrow, in order. */
    @Transactional
    public List<String> outboxTypes(UUID escrowId) {
        return em.createNativeQuery(
                        "SELECT event_type FROM outbox_event WHERE aggregate_key = ?1 ORDER BY seq")
                .setParameter(1, escrowId.toString())
                .getResultList();
    }

    @Transactional
    public boolean processed(UUID eventId) {
        return !em.createNativeQuery("SELECT 1 FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId)
                .getResultList()
                .isEmpty();
    }

    /** Statements of this database queued on a lock another transaction holds on an escrow. */
    @Transactional
    public long waitingForEscrowLock() {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT count(*) FROM pg_stat_activity WHERE datname ="
                                                + " current_database() AND wait_event_type = 'Lock'"
                                                + " AND query ILIKE '%from escrow %'")
                                .getSingleResult())
                .longValue();
    }

    @Transactional
    public long entryCount() {
        return ((Number)
                        em.createNativeQuery("SELECT count(*) FROM ledger_entry").getSingleResult())
                .longValue();
    }

    @Transactional
    public String listingStatus(UUID listingId) {
        List<?> rows =
                em.createNativeQuery("SELECT status FROM listing_copy WHERE listing_id = ?1")
                        .setParameter(1, listingId)
                        .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    @Transactional
    public String creditTier(String userId) {
        List<?> rows =
                em.createNativeQuery("SELECT tier FROM credit_copy WHERE user_id = ?1")
                        .setParameter(1, userId)
                        .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
