package dev.nearhand.escrow.ledger;

import dev.nearhand.escrow.Amount;

/** One side of a movement: this account changes by this (signed) amount. */
public record Leg(AccountKey account, Amount amount) {

    public static Leg debit(AccountKey account, Amount amount) {
        return new Leg(account, amount.negate());
    }

    public static Leg credit(AccountKey account, Amount amount) {
        return new Leg(account, amount);
    }
}
