package dev.nearhand.matching.service;

import java.math.BigDecimal;

/**
 * One search, validated: a centre, a radius, filters, a sort and a keyset position.
 *
 * @param after the sort key and listing id of the previous page's last item, or null
 */
public record SearchCriteria(
        double lat,
        double lon,
        double radiusKm,
        TextNormalizer.QueryTerms terms,
        String category,
        String kind,
        BigDecimal maxPrice,
        String currency,
        Integer minCredit,
        Sort sort,
        int limit,
        Position after) {

    /** Orders results can come in; each is a keyset on (key, listingId). */
    public enum Sort {
        RELEVANCE,
        DISTANCE,
        PRICE,
        CREDIT
    }

    /** A keyset position: the numeric sort key and the listing id of the last item seen. */
    public record Position(BigDecimal key, String listingId) {}

    public boolean hasText() {
        return terms != null && !terms.isEmpty();
    }
}
