package dev.nearhand.listing;

import java.util.UUID;

/**
 * Units of a listing sold through one settled escrow, as escrow announced it: {@code eventId}
 * identifies the announcement, so a redelivery is applied once.
 */
public record Sale(UUID eventId, UUID listingId, int units) {}
