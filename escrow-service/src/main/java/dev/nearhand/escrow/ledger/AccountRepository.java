package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** Balance rows as read by wallets and reports; {@link AccountLocks} locks them for changes. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

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
