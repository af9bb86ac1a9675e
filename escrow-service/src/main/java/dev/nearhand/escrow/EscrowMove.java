package dev.nearhand.escrow;

import static dev.nearhand.escrow.EscrowStatus.ACCEPTED;
import static dev.nearhand.escrow.EscrowStatus.AWAITING_CONFIRMATION;
import static dev.nearhand.escrow.EscrowStatus.DECLINED;
import static dev.nearhand.escrow.EscrowStatus.DELIVERED;
import static dev.nearhand.escrow.EscrowStatus.DISPUTED;
import static dev.nearhand.escrow.EscrowStatus.EXPIRED;
import static dev.nearhand.escrow.EscrowStatus.HELD;
import static dev.nearhand.escrow.EscrowStatus.RELEASED;
import static dev.nearhand.escrow.EscrowStatus.RESOLVED;
import static dev.nearhand.escrow.EscrowStatus.REVOKED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The escrow's transition table: each move, the states it may start from and the state it leads to.
 * Deadlines and amounts are checked by {@link Escrow} on top of this.
 */
enum EscrowMove {
    CONFIRM("confirm", HELD, AWAITING_CONFIRMATION),
    REVOKE("revoke", REVOKED, HELD),
    ACCEPT("accept", ACCEPTED, HELD),
    DECLINE("decline", DECLINED, HELD),
    EXPIRE("expire", EXPIRED, HELD),
    DELIVER("deliver", DELIVERED, ACCEPTED),
    RELEASE("release", RELEASED, DELIVERED),
    // Recorded as the timer's own action, but refused in the words a party would understand.
    AUTO_RELEASE("auto-release", "release", RELEASED, DELIVERED),
    DISPUTE("dispute", DISPUTED, ACCEPTED, DELIVERED),
    RESOLVE("resolve", RESOLVED, DISPUTED);

    /** The states in which the money is settled: reaching one closes the escrow. */
    private static final Set<EscrowStatus> CLOSING =
            EnumSet.of(REVOKED, DECLINED, EXPIRED, RELEASED, RESOLVED);

    private final String action;
    private final String refusedAs;
    private final EscrowStatus target;
    private final Set<EscrowStatus> from;

    EscrowMove(String action, EscrowStatus target, EscrowStatus first, EscrowStatus... rest) {
        this(action, action, target, first, rest);
    }

    EscrowMove(
            String action,
            String refusedAs,
            EscrowStatus target,
            EscrowStatus first,
            EscrowStatus... rest) {
        this.action = action;
        this.refusedAs = refusedAs;
        this.target = target;
        this.from = EnumSet.of(first, rest);
    }

    /** The name the move is recorded under in the escrow's history. */
    String action() {
        return action;
    }

    EscrowStatus target() {
        return target;
    }

    boolean closes() {
        return CLOSING.contains(target);
    }

    /** Refuses the move (409) unless the escrow is in one of the states it may start from. */
    void requireFrom(EscrowStatus current) {
        if (!from.contains(current)) {
            throw refused(current, "");
        }
    }

    /** The 409 for this move, with why it is refused beyond the state itself (or ""). */
    IllegalTransitionException refused(EscrowStatus current, String why) {
        return new IllegalTransitionException(refusedAs, current, why);
    }
}
