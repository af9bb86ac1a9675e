package dev.nearhand.contracts.listing;

import dev.nearhand.contracts.Event;
import java.time.Instant;
import java.util.UUID;

/** A listing was withdrawn, with its whole public state after the change. */
public record ListingWithdrawn(
        UUID eventId, Instant occurredAt, int version, ListingSnapshot listing) implements Event {

    @Override
    public String key() {
        return listing.listingId().toString();
    }
}
