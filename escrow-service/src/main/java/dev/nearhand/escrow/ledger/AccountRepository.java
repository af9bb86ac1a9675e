package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** Balance rows as read by wallets and reports; {@link AccountLocks} locks them for changes. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    /** One account's balance without locking it; zero before its first movement. */
    public BigDecimal balance(AccountKey key) {
        return getEntityManager()
                .createQuery(
                        "select a.balance from Account a where a.kind = ?1 and a.ownerId = ?2"
                                + " and a.currency = ?3 and a.bucket = ?4",
                        BigDecimal.class)
                .setParameter(1, key.kind())
                .setParameter(2, key.ownerId())
                .setParameter(3, key.currency())
                .setParameter(4, key.bucket())
                .getResultStream()
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /** A user's own accounts (available and held), all currencies. */
    public List<Account> ofUser(String userId) {
        return list(
                "ownerId = ?1 and kind in ?2 order by currency, kind",
                userId,
                List.of(AccountKind.AVAILABLE, AccountKind.HELD));
    }
}
