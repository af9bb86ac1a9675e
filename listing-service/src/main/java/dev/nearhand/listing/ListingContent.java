package dev.nearhand.listing;

import java.util.List;

/**
 * Everything the owner decides about a listing. {@code price} is null exactly when {@code
 * negotiable}; {@code ownLocation} is null when the listing is offered where the shop is.
 */
public record ListingContent(
        ListingKind kind,
        String title,
        String description,
        String category,
        List<String> tags,
        Price price,
        PriceUnit unit,
        boolean negotiable,
        Integer quantity,
        Availability availability,
        GeoPoint ownLocation) {}
