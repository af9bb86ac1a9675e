package dev.nearhand.escrow.ledger;

import java.math.BigDecimal;

/** An account row this transaction holds the lock of, with its balance as of the lock. */
record LockedAccount(long id, AccountKey key, BigDecimal balance) {

    boolean mayGoNegative() {
        return key.kind() == AccountKind.FEES || key.kind() == AccountKind.CLEARING;
    }
}
