package dev.nearhand.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A listing snapshot mapped to matching's terms at the edge: normalised text, coarse position.
 * {@code units} is an item's quantity (null for services): how many buyers can book it for one day
 * when it is lent by the day.
 */
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
        Integer units,
        String cell,
        double lat,
        double lon,
        String searchText,
        String cjkGrams,
        Instant updatedAt) {}
