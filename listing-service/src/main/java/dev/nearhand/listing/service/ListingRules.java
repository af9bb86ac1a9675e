package dev.nearhand.listing.service;

import dev.nearhand.listing.Availability;
import dev.nearhand.listing.Category;
import dev.nearhand.listing.ListingContent;
import dev.nearhand.listing.ListingKind;
import dev.nearhand.listing.Price;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The rules on a listing's content that span fields or need the category tree, beyond what Bean
 * Validation checks on a single field. Completes a draft: a negotiable listing takes its category's
 * usual unit.
 */
@ApplicationScoped
public class ListingRules {

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
        if (availability.timeZone() != null) {
            try {
                ZoneId.of(availability.timeZone());
            } catch (DateTimeException e) {
                throw new InvalidFieldException("availability.timeZone", "not an IANA time zone");
            }
        }
        if (availability.weekly() != null) {
            for (int i = 0; i < availability.weekly().size(); i++) {
                Availability.WeeklyHours hours = availability.weekly().get(i);
                if (!hours.from().isBefore(hours.to())) {
                    throw new InvalidFieldException(
                            "availability.weekly[" + i + "]", "from must be before to");
                }
            }
        }
        if (availability.slots() != null) {
            for (int i = 0; i < availability.slots().size(); i++) {
                Availability.Slot slot = availability.slots().get(i);
                if (!slot.start().isBefore(slot.end())) {
                    throw new InvalidFieldException(
                            "availability.slots[" + i + "]", "start must be before end");
                }
            }
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
