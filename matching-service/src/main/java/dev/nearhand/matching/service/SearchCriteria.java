package dev.nearhand.matching.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One search, validated: a centre, a radius, filters, a sort and a keyset position.
 *
 * @param currency the currency prices are compared in: the client's, or once {@link SearchService}
 *     has resolved it, the area's ({@link SearchPriceSql}); null when none is needed or known
 * @param freeOn the days a buyer wants an item lent by the day: such items booked up on any of them
 *     are left out; null asks nothing of the calendar
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
        Days freeOn,
        Sort sort,
        int limit,
        Position after) {

    /** From {@code from} up to, not including, {@code until}: a stay's nights, a tool's days. */
    public record Days(LocalDate from, LocalDate until) {}

    /** Orders results can come in; each is a keyset on (key, listingId). */
    public enum Sort {
        RELEVANCE,
        DISTANCE,
        PRICE,
        CREDIT
    }

    /**
     * A keyset position: the numeric sort key and the listing id of the last item seen, and the
     * currency prices were compared in (null if none), which a price key only holds under.
     */
    public record Position(BigDecimal key, String listingId, String currency) {}

    public boolean hasText() {
        return terms != null && !terms.isEmpty();
    }

    /** Whether prices are compared: a maximum price, or the price sort. */
    public boolean comparesPrices() {
        return maxPrice != null || sort == Sort.PRICE;
    }

    /** The same search, continued after {@code position} (null: from the start). */
    public SearchCriteria continuedAfter(Position position) {
        return new SearchCriteria(
                lat, lon, radiusKm, terms, category, kind, maxPrice, currency, minCredit, freeOn,
                sort, limit, position);
    }

    /** The same search with prices compared in {@code priceCurrency}. */
    public SearchCriteria inCurrency(String priceCurrency) {
        return new SearchCriteria(
                lat,
                lon,
                radiusKm,
                terms,
                category,
                kind,
                maxPrice,
                priceCurrency,
                minCredit,
                freeOn,
                sort,
                limit,
                after);
    }
}
