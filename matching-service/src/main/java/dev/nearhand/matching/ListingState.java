package dev.nearhand.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A listing snapshot mapped to matching's terms at the edge: normalised text, coarse position. */
public record ListingState(
        UUID listingId,
        UUID shopId,
        String sellerId,
        long revision,
        String status,
        String kind,
        String title,
        String category,
        BigDecimal priceAmount,
        String currency,
        String unit,
        boolean negotiable,
        String cell,
        double lat,
        double lon,
        String searchText,
        String cjkGrams,
        Instant updatedAt) {}
