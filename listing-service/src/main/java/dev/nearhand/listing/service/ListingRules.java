package dev.nearhand.listing.service;

import dev.nearhand.listing.Availability;
import dev.nearhand.listing.Category;
import dev.nearhand.listing.ListingContent;
import dev.nearhand.listing.ListingKind;
import dev.nearhand.listing.Price;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules on a listing's content that span fields or need the category tree, beyond what Bean
 * Validation checks on a single field. Completes a draft: a negotiable listing takes its category's
 * usual unit.
 */
@ApplicationScoped
public class ListingRules {

    /** The earliest a slot may start: years of 4 digits, and no date before the service. */
    static final Instant EARLIEST_SLOT = Instant.parse("2000-01-01T00:00:00Z");

    /** How far ahead a slot may end. */
    static final int SLOT_YEARS_AHEAD = 2;

    /**
     * Region ids of the IANA time zone database as the JDK knows them: not offsets ({@code +08:00},
     * {@code GMT+8}, {@code UTC+1}), which ZoneId.of also reads, nor the JDK's own {@code SystemV/}
     * ids. {@code Etc/GMT-8}, {@code UTC} and {@code Etc/UTC} are IANA's and stay.
     */
    private static final Set<String> TIME_ZONES =
            ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> !id.startsWith("SystemV/"))
                    .collect(Collectors.toUnmodifiableSet());

    private final CategoryTree categories;

    ListingRules(CategoryTree categories) {
        this.categories = categories;
    }

    /** A new listing's content, completed: an ITEM starts with something to sell. */
    public ListingContent completeNew(ListingContent draft) {
        ListingContent content = complete(draft);
        if (content.quantity() != null && content.quantity() < 1) {
            throw new InvalidFieldException("quantity", "a new ITEM listing offers at least 1");
        }
        return content;
    }

    /**
     * A listing's content, completed. An ITEM may have 0 left: a sold-out listing is edited without
     * restocking it.
     */
    public ListingContent complete(ListingContent draft) {
        Category category =
                categories
                        .find(draft.category())
                        .orElseThrow(
                                () ->
                                        new InvalidFieldException(
                                                "category",
                                                "unknown category; GET /api/categories lists them"));
        checkPrice(draft);
        checkQuantity(draft);
        checkAvailability(draft.availability());
        if (draft.negotiable() && draft.unit() == null) {
            return withUnit(draft, category);
        }
        if (draft.unit() == null) {
            throw new InvalidFieldException("price.unit", "must not be null");
        }
        return draft;
    }

    private static void checkPrice(ListingContent draft) {
        Price price = draft.price();
        if (draft.negotiable() == (price != null)) {
            throw new InvalidFieldException(
                    "price",
                    "give either a price or \"negotiable\": true, not both and not neither");
        }
        if (price == null) {
            return;
        }
        Currency currency = Currency.getInstance(price.currency());
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (price.amount().stripTrailingZeros().scale() > digits) {
            throw new InvalidFieldException(
                    "price.amount",
                    price.currency() + " amounts have at most " + digits + " decimals");
        }
    }

    private static void checkQuantity(ListingContent draft) {
        boolean item = draft.kind() == ListingKind.ITEM;
        if (item && draft.quantity() == null) {
            throw new InvalidFieldException(
                    "quantity", "an ITEM listing says how many are on offer");
        }
        if (!item && draft.quantity() != null) {
            throw new InvalidFieldException("quantity", "only ITEM listings have a quantity");
        }
    }

    private static void checkAvailability(Availability availability) {
        if (availability == null) {
            return;
        }
        if (availability.timeZone() != null && !TIME_ZONES.contains(availability.timeZone())) {
            throw new InvalidFieldException(
                    "availability.timeZone",
                    "not an IANA time zone such as Europe/Berlin, Asia/Taipei or UTC");
        }
        if (availability.weekly() != null && !availability.weekly().isEmpty()) {
            if (availability.timeZone() == null) {
                throw new InvalidFieldException(
                        "availability.timeZone", "weekly hours need the time zone they are in");
            }
            for (int i = 0; i < availability.weekly().size(); i++) {
                Availability.WeeklyHours hours = availability.weekly().get(i);
                if (!hours.from().isBefore(hours.to())) {
                    throw new InvalidFieldException(
                            "availability.weekly[" + i + "]", "from must be before to");
                }
            }
        }
        if (availability.slots() != null) {
            Instant latestEnd =
                    ZonedDateTime.now(ZoneOffset.UTC).plusYears(SLOT_YEARS_AHEAD).toInstant();
            for (int i = 0; i < availability.slots().size(); i++) {
                checkSlot("availability.slots[" + i + "]", availability.slots().get(i), latestEnd);
            }
        }
    }

    /**
     * A slot lies between {@link #EARLIEST_SLOT} and {@link #SLOT_YEARS_AHEAD} years from now. Past
     * slots stay allowed: a listing whose slots went by can still be edited without removing them.
     */
    private static void checkSlot(String field, Availability.Slot slot, Instant latestEnd) {
        if (!slot.start().isBefore(slot.end())) {
            throw new InvalidFieldException(field, "start must be before end");
        }
        if (slot.start().isBefore(EARLIEST_SLOT)) {
            throw new InvalidFieldException(field, "start must be on 2000-01-01 or later");
        }
        if (slot.end().isAfter(latestEnd)) {
            throw new InvalidFieldException(
                    field, "end must be at most " + SLOT_YEARS_AHEAD + " years from now");
        }
    }

    private static ListingContent withUnit(ListingContent draft, Category category) {
        return new ListingContent(
                draft.kind(),
                draft.title(),
                draft.description(),
                draft.category(),
                draft.tags(),
                null,
                category.unit(),
                true,
                draft.quantity(),
                draft.availability(),
                draft.ownLocation());
    }
}
