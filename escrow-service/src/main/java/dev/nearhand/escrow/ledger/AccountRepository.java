package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
}
