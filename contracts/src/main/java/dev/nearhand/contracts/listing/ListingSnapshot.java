package dev.nearhand.contracts.listing;

import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The whole public state of a listing, so that consumers never call back. {@code revision} grows
 * with every change: a consumer keeps the snapshot with the highest revision and ignores older ones
 * arriving late.
 *
 * <p>{@code status} is ACTIVE, PAUSED, SOLD_OUT or WITHDRAWN; {@code kind} is SERVICE, KNOWLEDGE,
 * TIME or ITEM; {@code unit} is HOUR, SESSION, DAY, ITEM or FIXED. They are strings on the wire so
 * that a value added later does not break an older consumer. {@code price} is null when {@code
 * negotiable}; {@code unit} is then the category's usual unit.
 *
 * <p>For an ITEM, {@code quantity} is what is left to offer. One priced per ITEM is sold by the
 * piece: {@code soldUnits} counts every piece sold through escrow that listing-service has applied
 * (a sale is announced as ListingUpdated), and escrow-service subtracts the sales it has settled
 * but this count does not hold yet, so a piece is never sold twice while the events are in flight.
 * An ITEM priced per DAY or HOUR is lent and sells nothing; other kinds have no quantity.
 */
public record ListingSnapshot(
        UUID listingId,
        UUID shopId,
        String sellerId,
        long revision,
        String status,
        String kind,
        String title,
        String description,
        String category,
        List<String> tags,
        Money price,
        String unit,
        boolean negotiable,
        Integer quantity,
        int soldUnits,
        Availability availability,
        Area area,
        Instant publishedAt,
        Instant updatedAt) {

    /** When the provider can be booked: weekly hours in a time zone, or dated slots, or both. */
    public record Availability(String timeZone, List<WeeklyHours> weekly, List<Slot> slots) {}

    /** {@code day} is MON..SUN; {@code from} and {@code to} are local times, HH:mm. */
    public record WeeklyHours(String day, String from, String to) {}

    public record Slot(Instant start, Instant end) {}
}
