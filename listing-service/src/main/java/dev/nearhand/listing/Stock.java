package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a listing has to sell. The kind decides whether there is a stock at all: only an ITEM sells
 * units, {@code quantity} being what is left to sell and {@code soldUnits} what escrow sold; other
 * kinds have no quantity and never run out. Replaced, never changed in place.
 */
@Embeddable
public record Stock(
        @Enumerated(EnumType.STRING) @Column(nullable = false) ListingKind kind,
        Integer quantity,
        @Column(name = "sold_units", nullable = false) int soldUnits) {

    /** A new listing's stock: nothing sold yet. */
    static Stock unsold(ListingContent content) {
        return new Stock(content.kind(), content.quantity(), 0);
    }

    /** The owner's new content; units sold so far stay counted. */
    Stock revisedTo(ListingContent content) {
        return new Stock(content.kind(), content.quantity(), soldUnits);
    }

    /**
     * Units were sold through escrow: they leave the stock (never below 0: a sale the seller agreed
     * to is recorded even when the owner lowered the stock meanwhile) and count as sold.
     */
    Stock afterSale(int units) {
        if (!isItem()) {
            throw new IllegalStateException("only ITEM listings sell units, not " + kind);
        }
        if (units < 1) {
            throw new IllegalArgumentException("a sale is of at least one unit, not " + units);
        }
        return new Stock(kind, Math.max(0, quantity - units), soldUnits + units);
    }

    boolean isItem() {
        return kind == ListingKind.ITEM;
    }

    /** Whether an open listing is ACTIVE rather than SOLD_OUT. */
    boolean hasSomethingToSell() {
        return !isItem() || quantity > 0;
    }
}
