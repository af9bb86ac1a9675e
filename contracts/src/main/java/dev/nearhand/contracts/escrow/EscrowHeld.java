package dev.nearhand.contracts.escrow;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * An escrow moved on: the buyer confirmed: the total moved from the buyer's available funds to
 * held.
 */
public record EscrowHeld(UUID eventId, Instant occurredAt, int version, EscrowSnapshot escrow)
        implements Event {

    @Override
    public String key() {
        return escrow.escrowId().toString();
    }
}
