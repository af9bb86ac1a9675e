package dev.nearhand.reputation;

import java.util.UUID;

/**
 * A report's {@code escrowId} that names no escrow between the reporter and the reported user known
 * here. Unknown, someone else's and the reporter's own with another user all read the same, so a
 * stranger learns nothing about an escrow id. "Known here" matters: this service hears of an escrow
 * from its events, so one confirmed a moment ago may not have arrived yet, and the detail says so.
 */
public class EscrowNotSharedException extends UnusableEscrowException {

    public EscrowNotSharedException(UUID escrowId) {
        super(
                "escrow-not-shared",
                "Escrow not shared with the reported user",
                "No escrow "
                        + escrowId
                        + " between you and the reported user is known here (yet). An escrow"
                        + " is known from a few seconds after its payment is confirmed: try again"
                        + " shortly, or report without escrowId",
                "must name an escrow between you and the reported user");
    }
}
