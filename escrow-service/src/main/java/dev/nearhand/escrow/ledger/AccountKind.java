package dev.nearhand.escrow.ledger;

/**
 * The kinds of ledger account. Users' accounts may never go below zero; the system's are
 * contra-accounts whose balance mirrors money that came in from outside or was earned.
 */
public enum AccountKind {
    /** A user's spendable money. */
    AVAILABLE,
    /** A buyer's money held in open escrows: the escrow holding account, one per buyer. */
    HELD,
    /** The platform's fees. */
    FEES,
    /** The payment provider's clearing account: negative by what users have paid in. */
    CLEARING
}
