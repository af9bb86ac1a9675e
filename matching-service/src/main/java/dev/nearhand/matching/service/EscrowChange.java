package dev.nearhand.matching.service;

import dev.nearhand.contracts.escrow.EscrowSnapshot;
import java.time.Instant;
import java.util.UUID;

/**
 * What one escrow event changes in matching: a completed trade the guide price learns from, or the
 * days or time a booking takes or gives back, which search's {@code from}/{@code until} filter
 * reads.
 */
public record EscrowChange(UUID eventId, Instant at, EscrowSnapshot escrow, Effect effect) {

    public enum Effect {
        /** Released: a completed trade. */
        COMPLETED,
        /** Held with booked days or time: they are taken. */
        TAKEN,
        /**
         * Refunded in full (revoked, declined, expired, or resolved with nothing for the seller).
         */
        GIVEN_BACK
    }
}
