package dev.nearhand.contracts.listing;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/** A shop was updated, with its whole public state after the change. */
public record ShopUpdated(UUID eventId, Instant occurredAt, int version, ShopSnapshot shop)
        implements Event {

    @Override
    public String key() {
        return shop.shopId().toString();
    }
}
