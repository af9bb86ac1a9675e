package dev.nearhand.escrow.ledger;

/** Why money moved. */
public enum JournalKind {
    /** Provider clearing to the user's available money. */
    TOP_UP,
    /** Buyer's available to the buyer's held money (confirm). */
    HOLD,
    /** Buyer's held back to available (revoke, decline, expiry). */
    REFUND,
    /** Buyer's held to the seller (less the fee) and the platform's fees. */
    RELEASE,
    /** A resolved dispute: held split between seller (less its fee), fees and buyer. */
    SPLIT
}
