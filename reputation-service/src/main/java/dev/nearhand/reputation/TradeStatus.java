package dev.nearhand.reputation;

/** An escrow's status as escrow-service announces it; only some end a trade. */
public enum TradeStatus {
    AWAITING_CONFIRMATION,
    HELD,
    REVOKED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    DELIVERED,
    RELEASED,
    DISPUTED,
    RESOLVED;

    /** No further transition follows: the credit effect can be applied. */
    public boolean isTerminal() {
        return this == REVOKED
                || this == DECLINED
                || this == EXPIRED
                || this == RELEASED
                || this == RESOLVED;
    }

    /** Something was delivered and paid for: the parties may review each other. */
    public boolean isReviewable() {
        return this == RELEASED || this == RESOLVED;
    }
}
