package dev.nearhand.contracts.escrow;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/** An escrow moved on: the seller accepted: the buyer can no longer revoke. */
public record EscrowAccepted(UUID eventId, Instant occurredAt, int version, EscrowSnapshot escrow)
        implements Event {

    @Override
    public String key() {
        return escrow.escrowId().toString();
    }
}
