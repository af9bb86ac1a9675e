package dev.nearhand.escrow;

import java.util.Set;

/** Where an escrow stands; the money is held in the open states and settled in the final ones. */
public enum EscrowStatus {
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

    /** The states in which the buyer's money is held: they count towards open exposure. */
    public static final Set<EscrowStatus> OPEN = Set.of(HELD, ACCEPTED, DELIVERED, DISPUTED);
}
