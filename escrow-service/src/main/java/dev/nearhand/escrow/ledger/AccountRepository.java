package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Balance rows: created on first use, locked before any change. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    /**
     * Creates the account if needed and locks its row until the transaction ends. Callers lock in
     * {@link AccountKey} order, so two movements never wait for each other in a cycle.
     */
    Account lockOrCreate(AccountKey key) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO account (kind, owner_id, currency) VALUES (?1, ?2, ?3) "
                                + "ON CONFLICT (kind, owner_id, currency) DO NOTHING")
                .setParameter(1, key.kind().name())
                .setParameter(2, key.ownerId())
                .setParameter(3, key.currency())
                .executeUpdate();
        return find(
                        "kind = ?1 and ownerId = ?2 and currency = ?3",
                        key.kind(),
                        key.ownerId(),
                        key.currency())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .singleResult();
    }

    /** A user's own accounts (available and held), all currencies. */
    public List<Account> ofUser(String userId) {
        return list(
                "ownerId = ?1 and kind in ?2 order by currency, kind",
                userId,
                List.of(AccountKind.AVAILABLE, AccountKind.HELD));
    }
}
