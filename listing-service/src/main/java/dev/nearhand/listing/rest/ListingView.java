package dev.nearhand.listing.rest;

import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Money;
import dev.nearhand.listing.Listing;
import dev.nearhand.listing.ListingContent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing as anyone may see it: its area, never its exact position. For an ITEM, {@code quantity}
 * is what is left to sell; {@code soldUnits} counts the units sold through escrow, as in the event
 * snapshot (only items sell, so it is 0 for a listing that never was one).
 */
public record ListingView(
        UUID id,
        UUID shopId,
        String kind,
        String status,
        String title,
        String description,
        String category,
        List<String> tags,
        Money price,
        String unit,
        boolean negotiable,
        Integer quantity,
        int soldUnits,
        ListingRequest.AvailabilityBody availability,
        Area area,
        long revision,
        Instant publishedAt,
        Instant updatedAt) {

    public static ListingView from(Listing listing, Area area) {
        ListingContent content = listing.content();
        return new ListingView(
                listing.id(),
                listing.shopId(),
                content.kind().name(),
                listing.status().name(),
                content.title(),
                content.description(),
                content.category(),
                content.tags(),
                content.price() == null
                        ? null
                        : new Money(
                                content.price().amount().toPlainString(),
                                content.price().currency()),
                content.unit().name(),
                content.negotiable(),
                content.quantity(),
                listing.soldUnits(),
                ListingRequest.AvailabilityBody.from(content.availability()),
                area,
                listing.revision(),
                listing.publishedAt(),
                listing.updatedAt());
    }
}
