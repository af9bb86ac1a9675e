package dev.nearhand.listing.rest;

import dev.nearhand.listing.Availability;
import dev.nearhand.listing.ListingContent;
import dev.nearhand.listing.ListingKind;
import dev.nearhand.listing.Price;
import dev.nearhand.listing.PriceUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * POST /api/listings, and the whole state a PATCH is merged onto. Limits: a title of 3-120
 * characters, a description up to 5,000, up to 10 tags of up to 30, prices above 0 and at most
 * 1,000,000 in the listing's currency, items up to 10,000 (0 only once sold out: a new listing
 * offers at least 1), up to 50 availability entries.
 */
@Schema(
        example =
                "{\"kind\":\"SERVICE\",\"title\":\"單車修理 bike repair\",\"description\":\"補胎、調整變速器\","
                        + "\"category\":\"repair.bike\",\"tags\":[\"bike\"],"
                        + "\"price\":{\"amount\":\"450\",\"currency\":\"TWD\",\"unit\":\"HOUR\"}}")
public record ListingRequest(
        @NotNull ListingKind kind,
        @NotBlank @Size(min = 3, max = 120) @ReadableText String title,
        @Size(max = 5000) @ReadableText(multiline = true) String description,
        @NotBlank String category,
        @Size(max = 10) List<@NotBlank @Size(max = 30) @ReadableText String> tags,
        @Valid PriceBody price,
        Boolean negotiable,
        @Min(0) @Max(10_000) Integer quantity,
        @Valid AvailabilityBody availability,
        @Valid LocationBody location) {

    /**
     * Strips the free text before Bean Validation sees it, so the limits hold for what is stored: a
     * single letter between spaces is too short a title, and a description of spaces is none.
     */
    public ListingRequest {
        title = strip(title);
        description = strip(description);
        tags = tags == null ? null : tags.stream().map(ListingRequest::strip).toList();
    }

    /** A fixed price for one unit. */
    public record PriceBody(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
                    BigDecimal amount,
            @NotNull @Iso4217 String currency,
            @NotNull PriceUnit unit) {}

    /** When the provider can be booked. */
    public record AvailabilityBody(
            @Size(max = 64) String timeZone,
            @Size(max = 50) List<@NotNull @Valid WeeklyHoursBody> weekly,
            @Size(max = 50) List<@NotNull @Valid SlotBody> slots) {

        Availability toDomain() {
            return new Availability(
                    timeZone,
                    weekly == null
                            ? null
                            : weekly.stream()
                                    .map(
                                            h ->
                                                    new Availability.WeeklyHours(
                                                            h.day(), h.from(), h.to()))
                                    .toList(),
                    slots == null
                            ? null
                            : slots.stream()
                                    .map(s -> new Availability.Slot(s.start(), s.end()))
                                    .toList());
        }

        static AvailabilityBody from(Availability availability) {
            if (availability == null) {
                return null;
            }
            return new AvailabilityBody(
                    availability.timeZone(),
                    availability.weekly() == null
                            ? null
                            : availability.weekly().stream()
                                    .map(h -> new WeeklyHoursBody(h.day(), h.from(), h.to()))
                                    .toList(),
                    availability.slots() == null
                            ? null
                            : availability.slots().stream()
                                    .map(s -> new SlotBody(s.start(), s.end()))
                                    .toList());
        }
    }

    public record WeeklyHoursBody(
            @NotNull @Pattern(regexp = "MON|TUE|WED|THU|FRI|SAT|SUN") String day,
            @NotNull LocalTime from,
            @NotNull LocalTime to) {}

    public record SlotBody(@NotNull Instant start, @NotNull Instant end) {}

    public ListingContent toDraft() {
        boolean isNegotiable = Boolean.TRUE.equals(negotiable);
        return new ListingContent(
                kind,
                title,
                description == null ? "" : description,
                category,
                tags == null ? List.of() : tags.stream().distinct().toList(),
                price == null ? null : new Price(price.amount(), price.currency()),
                price == null ? null : price.unit(),
                isNegotiable,
                quantity,
                availability == null ? null : availability.toDomain(),
                location == null ? null : location.toPoint());
    }

    /** The request that would produce this content: the base a PATCH is merged onto. */
    public static ListingRequest from(ListingContent content) {
        return new ListingRequest(
                content.kind(),
                content.title(),
                content.description(),
                content.category(),
                content.tags(),
                content.price() == null
                        ? null
                        : new PriceBody(
                                content.price().amount(),
                                content.price().currency(),
                                content.unit()),
                content.negotiable(),
                content.quantity(),
                AvailabilityBody.from(content.availability()),
                LocationBody.from(content.ownLocation()));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
