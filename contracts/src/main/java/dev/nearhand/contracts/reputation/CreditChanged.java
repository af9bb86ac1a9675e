package dev.nearhand.contracts.reputation;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's credit after a change. {@code transaction} and {@code social} are 0-1000; {@code tier}
 * is NEW, BRONZE, SILVER or GOLD; {@code creditVersion} grows with every change, so consumers keep
 * the highest and ignore late arrivals.
 */
public record CreditChanged(
        UUID eventId,
        Instant occurredAt,
        int version,
        String userId,
        int transaction,
        int social,
        String tier,
        int completedTrades,
        long creditVersion)
        implements Event {

    @Override
    public String key() {
        return userId;
    }
}
