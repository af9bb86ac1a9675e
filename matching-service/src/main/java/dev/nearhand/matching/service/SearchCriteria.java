package dev.nearhand.matching.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One search, validated: a centre, a radius, filters, a sort and a keyset position.
 *
 * @param currency the currency prices are compared in: the client's, or once {@link SearchService}
 *     has resolved it, the area's ({@link SearchPriceSql}); null when none is needed or known
 * @param freeOn the days (or time) a buyer wants an item lent by the day or the hour: such items
 *     booked up on any of those days, or at any moment of that time, are left out; null asks
 *     nothing of the calendar
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
        FreeOn freeOn,
        Sort sort,
        int limit,
        Position after) {

    /**
     * What a buyer wants free. Items lent by the day: the UTC days from {@code from} up to, not
     * including, {@code until} (a stay's nights). Items lent by the hour: the time from {@code
     * start} up to {@code end}, only when the buyer asked by time; asked by dates it is null, as a
     * day says nothing of which of its hours are wanted.
     */
    public record FreeOn(LocalDate from, LocalDate until, Instant start, Instant end) {

        public static FreeOn days(LocalDate from, LocalDate until) {
            return new FreeOn(from, until, null, null);
        }

        /** A time: items lent by the day must be free on every UTC day it touches. */
        public static FreeOn time(Instant start, Instant end) {
            LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
            LocalDate last = LocalDate.ofInstant(end.minusNanos(1), ZoneOffset.UTC);
            return new FreeOn(first, last.plusDays(1), start, end);
        }
    }

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
