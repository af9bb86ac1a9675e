package dev.nearhand.matching.rest;

import dev.nearhand.contracts.Money;
import dev.nearhand.matching.service.MinorUnits;
import dev.nearhand.matching.service.SearchHit;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A search result on the wire: a rounded distance, never a position.
 *
 * @param credit the seller's credit; scores are null for a seller reputation has not scored yet
 */
public record SearchItem(
        UUID listingId,
        UUID shopId,
        String title,
        String kind,
        String category,
        Money price,
        String unit,
        boolean negotiable,
        BigDecimal distanceKm,
        Credit credit,
        BigDecimal score) {

    /** A seller's credit summary. */
    public record Credit(Integer transaction, Integer social, String tier) {}

    public static SearchItem from(SearchHit hit) {
        return new SearchItem(
                hit.listingId(),
                hit.shopId(),
                hit.title(),
                hit.kind(),
                hit.category(),
                hit.priceAmount() == null
                        ? null
                        : new Money(
                                MinorUnits.shown(hit.priceAmount(), hit.currency()).toPlainString(),
                                hit.currency()),
                hit.unit(),
                hit.negotiable(),
                hit.distanceKm(),
                new Credit(hit.transaction(), hit.social(), hit.tier()),
                hit.score());
    }
}
