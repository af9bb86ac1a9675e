package dev.nearhand.matching.service;

import java.util.List;

/**
 * How search compares prices, which are never converted between currencies: in one reference
 * currency, the client's {@code currency} or else the area's (the one most used by the active
 * priced listings within the search radius, ties to the first code). maxPrice compares listings in
 * it only; the price sort puts them first, by price, then every other currency grouped by code,
 * then listings without a price. Its statements are run through {@link SearchSql}; {@link
 * SearchService} resolves the currency and checks cursors against {@link #NO_PRICE_KEY}.
 *
 * <p>The price sort key stays one number, so that the keyset and cursor of every other sort serve
 * it unchanged: {@code price} in the reference currency, {@code (1 + rank(code)) × 10^15 + price}
 * in another (prices are below 10^15: listing.price_amount is NUMERIC(19, 4)), {@link
 * #NO_PRICE_KEY} without a price. A key is only comparable under the same reference currency, which
 * is why the cursor carries it.
 */
final class SearchPriceSql {

    /** Sort key of listings without a price: above every key of a priced one. */
    static final String NO_PRICE_KEY = "1e20";

    /** Above the largest stored price: one block of keys per currency. */
    private static final String CURRENCY_BLOCK = "1e15";

    private SearchPriceSql() {}

    /**
     * The area's currency for {@code c}'s centre and radius: one aggregate over the radius, read
     * only when a price must be compared and neither the client nor the cursor names a currency.
     * Other filters do not count: the area's currency is the local one, whatever is searched for.
     *
     * <p>The radius is tested on the chord, {@code cube_distance <= gc_to_sec(r)}, the same disc as
     * search's {@code earth_distance <= r} (earth_distance is sec_to_gc of the chord, and both are
     * increasing): sec_to_gc is a SQL function PostgreSQL does not inline, and calling it on every
     * listing of a dense 5 km disc made this aggregate several times slower.
     */
    static SearchSql.Statement areaCurrency(SearchCriteria c) {
        String radius = SearchSql.radiusLiteral(c.radiusKm() * 1000);
        return new SearchSql.Statement(
                "SELECT l.currency FROM listing l WHERE l.status = 'ACTIVE'"
                        + " AND l.price_amount IS NOT NULL AND l.currency IS NOT NULL"
                        + " AND earth_box(ll_to_earth(?, ?), "
                        + radius
                        + ") @> l.pos AND cube_distance(ll_to_earth(?, ?), l.pos) <= gc_to_sec("
                        + radius
                        + ") GROUP BY l.currency ORDER BY count(*) DESC, l.currency COLLATE \"C\""
                        + " LIMIT 1",
                List.of(c.lat(), c.lon(), c.lat(), c.lon()));
    }

    /**
     * The price sort key over a candidate's price_amount and currency; binds the reference currency
     * when there is one (without, every price is in "another" currency).
     */
    static void appendSortKey(StringBuilder sql, List<Object> p, String referenceCurrency) {
        sql.append("CASE WHEN price_amount IS NULL THEN ").append(NO_PRICE_KEY);
        if (referenceCurrency != null) {
            sql.append(" WHEN currency = ? THEN price_amount");
            p.add(referenceCurrency);
        }
        sql.append(" ELSE (1 + ");
        appendCurrencyRank(sql);
        sql.append(") * ").append(CURRENCY_BLOCK).append(" + price_amount END");
    }

    /**
     * A code's place in alphabetical order, 0 (AAA) to 17575 (ZZZ). Each letter is clamped to A..Z,
     * so a code of other characters still sorts among the other currencies, never before the
     * reference one or after the unpriced.
     */
    private static void appendCurrencyRank(StringBuilder sql) {
        for (int i = 1; i <= 3; i++) {
            sql.append(i == 1 ? "" : " + ")
                    .append("LEAST(25, GREATEST(0, ascii(substr(COALESCE(currency, ''), ")
                    .append(i)
                    .append(", 1)) - 65))");
            if (i < 3) {
                sql.append(" * ").append(i == 1 ? 676 : 26);
            }
        }
    }
}
