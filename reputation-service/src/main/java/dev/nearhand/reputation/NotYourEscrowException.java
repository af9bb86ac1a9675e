package dev.nearhand.reputation;

import java.util.UUID;

/**
 * A review's {@code escrowId} that names no escrow of the reviewer known here: unknown and
 * strangers' read the same. This service hears of an escrow from its events, so one confirmed a
 * moment ago may not have arrived yet, and the detail says so.
 */
public class NotYourEscrowException extends UnusableEscrowException {

    public NotYourEscrowException(UUID escrowId) {
        super(
                "escrow-not-yours",
                "Not an escrow of yours",
                "No escrow "
                        + escrowId
                        + " that you took part in is known here (yet). An escrow is known from a"
                        + " few seconds after its payment is confirmed: if it is yours, try again"
                        + " shortly",
                "must name an escrow you took part in");
    }
}
