package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Balance rows: created on first use, locked before any change. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    /**
     * Locks the account's row until the transaction ends, creating it on first use. Callers lock in
     * {@link AccountKey} order, so two movements never wait for each other in a cycle.
     */
    Account lockOrCreate(AccountKey key) {
        // Nearly every account already exists: lock it in one round trip, and insert only when
        // absent (a racing creator is absorbed by ON CONFLICT, then the row is there to lock).
        return lock(key)
                .orElseGet(
                        () -> {
                            getEntityManager()
                                    .createNativeQuery(
                                            "INSERT INTO account (kind, owner_id, currency, bucket)"
                                                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT"
                                                    + " (kind, owner_id, currency, bucket) DO"
                                                    + " NOTHING")
                                    .setParameter(1, key.kind().name())
                                    .setParameter(2, key.ownerId())
                                    .setParameter(3, key.currency())
                                    .setParameter(4, key.bucket())
                                    .executeUpdate();
                            return lock(key).orElseThrow();
                        });
    }

    private Optional<Account> lock(AccountKey key) {
        return find(
                        "kind = ?1 and ownerId = ?2 and currency = ?3 and bucket = ?4",
                        key.kind(),
                        key.ownerId(),
                        key.currency(),
                        key.bucket())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .singleResultOptional();
    }

    /** A user's own accounts (available and held), all currencies. */
    public List<Account> ofUser(String userId) {
        return list(
                "ownerId = ?1 and kind in ?2 order by currency, kind",
                userId,
                List.of(AccountKind.AVAILABLE, AccountKind.HELD));
    }

    /**
     * The balance of a system account (the platform's fees, a provider's clearing): the sum of its
     * buckets, as of the last commit. Zero before its first movement.
     */
    public BigDecimal systemBalance(AccountKind kind, String ownerId, String currency) {
        return getEntityManager()
                .createQuery(
                        "select coalesce(sum(a.balance), 0) from Account a where a.kind = ?1"
                                + " and a.ownerId = ?2 and a.currency = ?3",
                        BigDecimal.class)
                .setParameter(1, kind)
                .setParameter(2, ownerId)
                .setParameter(3, currency)
                .getSingleResult();
    }
}
