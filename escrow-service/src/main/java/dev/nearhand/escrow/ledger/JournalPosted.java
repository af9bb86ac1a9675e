package dev.nearhand.escrow.ledger;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A journal just written and flushed, with the balance each of its accounts is left with. Fired
 * synchronously, still inside the transaction: an observer that throws rolls the whole movement
 * back (audits, fault injection).
 */
public record JournalPosted(Journal journal, Map<AccountKey, BigDecimal> balances) {

    /** The balance the movement left on one of its accounts. */
    public BigDecimal balance(AccountKey account) {
        BigDecimal balance = balances.get(account);
        if (balance == null) {
            throw new IllegalArgumentException(account + " was not moved by this journal");
        }
        return balance;
    }
}
