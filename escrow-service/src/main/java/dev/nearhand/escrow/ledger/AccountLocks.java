package dev.nearhand.escrow.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Locks all the accounts of a movement in one round trip, creating missing ones first.
 *
 * <p>Rows are locked in the order of the query's {@code ORDER BY} (kind, owner, currency, bucket,
 * byte-wise): every movement locks through here, so two of them never wait for each other in a
 * cycle. The lock is taken only when every account already exists; otherwise nothing is locked, the
 * missing rows are created and the whole set is locked afterwards, still in order. Locking the
 * existing ones first and creating the rest later would take locks out of order.
 */
@ApplicationScoped
class AccountLocks {

    private static final String ORDER =
            " ORDER BY a.kind COLLATE \"C\", a.owner_id COLLATE \"C\", a.currency COLLATE \"C\","
                    + " a.bucket";

    private final EntityManager entityManager;

    AccountLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The locked rows, in lock order; {@code keys} must be distinct. */
    List<LockedAccount> lockAll(List<AccountKey> keys) {
        List<LockedAccount> locked = lockIfAllExist(keys);
        if (locked.size() == keys.size()) {
            return locked;
        }
        createMissing(keys);
        locked = lockIfAllExist(keys);
        if (locked.size() != keys.size()) {
            throw new IllegalStateException("accounts vanished while being locked: " + keys);
        }
        return locked;
    }

    private List<LockedAccount> lockIfAllExist(List<AccountKey> keys) {
        String in = inList(keys.size(), 1);
        Query query =
                entityManager.createNativeQuery(
                        "SELECT a.id, a.kind, a.owner_id, a.currency, a.bucket, a.balance"
                                + " FROM account a WHERE (a.kind, a.owner_id, a.currency, a.bucket)"
                                + " IN ("
                                + in
                                + ") AND (SELECT count(*) FROM account c WHERE (c.kind,"
                                + " c.owner_id, c.currency, c.bucket) IN ("
                                + in
                                + ")) = "
                                + keys.size()
                                + ORDER
                                + " FOR NO KEY UPDATE OF a");
        bind(query, keys, 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Collections.emptyList();
        }
        List<LockedAccount> locked = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            locked.add(
                    new LockedAccount(
                            ((Number) row[0]).longValue(),
                            new AccountKey(
                                    AccountKind.valueOf((String) row[1]),
                                    (String) row[2],
                                    (String) row[3],
                                    ((Number) row[4]).intValue()),
                            (BigDecimal) row[5]));
        }
        return locked;
    }

    /** First use of an account; a racing creator is absorbed by ON CONFLICT. */
    private void createMissing(List<AccountKey> keys) {
        Query insert =
                entityManager.createNativeQuery(
                        "INSERT INTO account (kind, owner_id, currency, bucket) VALUES "
                                + inList(keys.size(), 1)
                                + " ON CONFLICT (kind, owner_id, currency, bucket) DO NOTHING");
        bind(insert, keys, 1);
        insert.executeUpdate();
    }

    /** {@code (?1, ?2, ?3, ?4), (?5, ...)}: one row constructor per key. */
    private static String inList(int keys, int first) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            int p = first + i * 4;
            sql.append(i == 0 ? "" : ", ")
                    .append("(?")
                    .append(p)
                    .append(", ?")
                    .append(p + 1)
                    .append(", ?")
                    .append(p + 2)
                    .append(", ?")
                    .append(p + 3)
                    .append(')');
        }
        return sql.toString();
    }

    private static void bind(Query query, List<AccountKey> keys, int first) {
        for (int i = 0; i < keys.size(); i++) {
            AccountKey key = keys.get(i);
            int p = first + i * 4;
            query.setParameter(p, key.kind().name())
                    .setParameter(p + 1, key.ownerId())
                    .setParameter(p + 2, key.currency())
                    .setParameter(p + 3, key.bucket());
        }
    }
}
