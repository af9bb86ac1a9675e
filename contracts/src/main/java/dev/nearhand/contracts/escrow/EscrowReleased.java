package dev.nearhand.contracts.escrow;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * An escrow moved on: the buyer released (or the timer did): the seller was paid the total less the
 * fee.
 */
public record EscrowReleased(UUID eventId, Instant occurredAt, int version, EscrowSnapshot escrow)
        implements Event {

    @Override
    public String key() {
        return escrow.escrowId().toString();
    }
}
