package dev.nearhand.reputation;

import java.util.Arrays;

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

    /** Whether a status escrow-service announces is one of these (it may add one first). */
    public static boolean isKnown(String name) {
        return Arrays.stream(values()).anyMatch(status -> status.name().equals(name));
    }

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
