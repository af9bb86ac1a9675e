package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a listing has to sell. The kind decides whether there is a stock at all: only an ITEM sells
 * units, {@code quantity} being what is left to sell and {@code soldUnits} what escrow sold; other
 * kinds have no quantity and never run out. {@code wasItem} remembers that the listing has been an
 * ITEM: an escrow opened then took units from its stock, and its sale still counts if it settles
 * while the listing is of another kind. Replaced, never changed in place.
 */
@Embeddable
public record Stock(
        @Enumerated(EnumType.STRING) @Column(nullable = false) ListingKind kind,
        Integer quantity,
        @Column(name = "sold_units", nullable = false) int soldUnits,
        @Column(name = "was_item", nullable = false) boolean wasItem) {

    /** A new listing's stock: nothing sold yet. */
    static Stock unsold(ListingContent content) {
        return new Stock(content.kind(), content.quantity(), 0, content.kind() == ListingKind.ITEM);
    }

    /** The owner's new content; units sold so far stay counted. */
    Stock revisedTo(ListingContent content) {
        return new Stock(
                content.kind(),
                content.quantity(),
                soldUnits,
                wasItem || content.kind() == ListingKind.ITEM);
    }

    /**
     * Units were sold through escrow: they count as sold and, from an ITEM, leave the stock (never
     * below 0: a sale the seller agreed to is recorded even when the owner lowered the stock
     * meanwhile). A listing that is no longer an ITEM counts them only, so that its sold units
     * match the units escrow took from its stock once it is an ITEM again.
     */
    Stock afterSale(int units) {
        if (!countsSales()) {
            throw new IllegalStateException("only ITEM listings sell units, not " + kind);
        }
        if (units < 1) {
            throw new IllegalArgumentException("a sale is of at least one unit, not " + units);
        }
        Integer left = isItem() ? Integer.valueOf(Math.max(0, quantity - units)) : quantity;
        return new Stock(kind, left, soldUnits + units, wasItem);
    }

    boolean isItem() {
        return kind == ListingKind.ITEM;
    }

    /** Whether sales of pieces count here: the listing is, or has been, an ITEM. */
    boolean countsSales() {
        return isItem() || wasItem;
    }

    /** Whether an open listing is ACTIVE rather than SOLD_OUT. */
    boolean hasSomethingToSell() {
        return !isItem() || quantity > 0;
    }
}
