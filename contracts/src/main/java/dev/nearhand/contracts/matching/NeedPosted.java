package dev.nearhand.contracts.matching;

import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Event;
import dev.nearhand.contracts.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A buyer posted a need, so that providers nearby can be told. {@code area} is the coarse H3 cell
 * and its centre, never the exact spot; {@code budget} and {@code when} (ISO time or free text) are
 * optional; the need is open until {@code expiresAt} unless its poster closes it earlier.
 */
public record NeedPosted(
        UUID eventId,
        Instant occurredAt,
        int version,
        UUID needId,
        String text,
        String category,
        Area area,
        Money budget,
        String when,
        Instant postedAt,
        Instant expiresAt)
        implements Event {

    @Override
    public String key() {
        return needId.toString();
    }
}
