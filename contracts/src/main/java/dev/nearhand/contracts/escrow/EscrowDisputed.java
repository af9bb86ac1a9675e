package dev.nearhand.contracts.escrow;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/** An escrow moved on: a party disputed: the funds stay held until an operator resolves. */
public record EscrowDisputed(UUID eventId, Instant occurredAt, int version, EscrowSnapshot escrow)
        implements Event {

    @Override
    public String key() {
        return escrow.escrowId().toString();
    }
}
