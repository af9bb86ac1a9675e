package dev.nearhand.contracts.escrow;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * An escrow moved on: an operator resolved a dispute: the seller got their share less its fee, the
 * buyer the rest.
 */
public record EscrowResolved(UUID eventId, Instant occurredAt, int version, EscrowSnapshot escrow)
        implements Event {

    @Override
    public String key() {
        return escrow.escrowId().toString();
    }
}
