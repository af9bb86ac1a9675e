package dev.nearhand.matching.service;

import dev.nearhand.matching.config.MatchingConfig;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the search statements, as SQL with JDBC {@code ?} parameters, so that the service (through
 * the EntityManager) and the search benchmark (through plain JDBC) run exactly the same SQL.
 *
 * <p>Geo: {@code earth_box} (a cube around the centre, GiST-indexed) narrows the candidates, then
 * the exact great-circle {@code earth_distance <= radius} decides. Text: a listing matches when at
 * least one query term does (Latin stems as substrings, Chinese n-grams as whole grams, both
 * through trigram indexes); the share of matching terms is its text score, part of the relevance
 * score of {@link SearchScoreSql}.
 *
 * <p>Relevance with a distance weight is answered nearest-first by {@link NearestFirstSearch}; this
 * class scores every candidate within the radius (price, credit and relevance without distance) or,
 * for the distance sort, within the reach of a small probe. Prices are compared and sorted in the
 * criteria's currency ({@link SearchPriceSql}).
 */
public final class SearchSql {

    private final SearchScoreSql score;

    public SearchSql(MatchingConfig.Search weights) {
        this.score = new SearchScoreSql(weights);
    }

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> params) {}

    public Statement build(SearchCriteria c) {
        List<Object> p = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH ");
        double radiusM = c.radiusKm() * 1000;
        String reach = radiusLiteral(radiusM);
        if (c.sort() == SearchCriteria.Sort.DISTANCE) {
            // Probe: the (limit+1)-th nearest among the candidates of a small disc (the first of
            // r/25, r/5 that has enough; the second is only run when the first has too few). No
            // listing farther than that (plus the rounding of the shown distance) can come before
            // it, so the page is taken from the candidates within that reach only.
            sql.append("bound AS MATERIALIZED (SELECT COALESCE(");
            appendProbe(sql, p, c, radiusM / 25);
            sql.append(", ");
            appendProbe(sql, p, c, radiusM / 5);
            sql.append(")::float8 AS key), reach AS (SELECT CASE WHEN b.key IS NULL THEN ")
                    .append(reach)
                    .append(" ELSE LEAST(")
                    .append(reach)
                    .append(", 1000 * (b.key + 0.051)) END AS m FROM bound b), ");
            reach = "(SELECT m FROM reach)";
        }
        sql.append("page AS (SELECT * FROM ");
        appendCandidates(sql, p, c, reach);
        sql.append(" ORDER BY sort_key, listing_id LIMIT ?)");
        p.add(c.limit() + 1);
        // Candidates are kept narrow (no title, shop, ...); only the page is joined back for the
        // columns the response shows.
        sql.append(" SELECT k.listing_id, l.shop_id, l.title, l.kind, k.category, k.price_amount,")
                .append(
                        " k.currency, k.unit, l.negotiable, k.distance_km, c.transaction, c.social,")
                .append(" COALESCE(c.tier, 'NEW'), k.score, k.sort_key FROM page k")
                .append(" JOIN listing l ON l.listing_id = k.listing_id")
                .append(" LEFT JOIN seller_credit c ON c.user_id = l.seller_id")
                .append(" ORDER BY k.sort_key, k.listing_id");
        return new Statement(sql.toString(), p);
    }

    /** The (limit+1)-th smallest sort key among the candidates within {@code radiusM}, or null. */
    private void appendProbe(StringBuilder sql, List<Object> p, SearchCriteria c, double radiusM) {
        sql.append("(SELECT sort_key FROM ");
        appendCandidates(sql, p, c, radiusLiteral(radiusM));
        sql.append(" ORDER BY sort_key, listing_id OFFSET ").append(c.limit()).append(" LIMIT 1)");
    }

    /**
     * Scored candidates within {@code radiusSql} metres, after the cursor, as a derived table with
     * listing_id, category, price_amount, currency, unit, distance_km, score and sort_key.
     */
    private void appendCandidates(
            StringBuilder sql, List<Object> p, SearchCriteria c, String radiusSql) {
        sql.append("(SELECT * FROM (SELECT k.*, (");
        appendSortKey(sql, p, c);
        sql.append(")::numeric AS sort_key FROM (SELECT s.*, ")
                .append(score.column(c))
                .append(
                        " AS score FROM (SELECT l.listing_id, l.category, l.price_amount, l.currency,")
                .append(" l.unit, ");
        score.appendInputs(sql, p, c);
        sql.append(" FROM listing l WHERE ");
        appendWithin(
                sql, p, c, "earth_box(ll_to_earth(?, ?), " + radiusSql + ") @> l.pos", radiusSql);
        sql.append(") s) k) x");
        if (c.after() != null) {
            sql.append(" WHERE (sort_key, listing_id) > (CAST(? AS numeric), CAST(? AS uuid))");
            p.add(c.after().key().toPlainString());
            p.add(c.after().listingId());
        }
        sql.append(") cand");
    }

    /**
     * The conditions every candidate meets: active, inside {@code box} (an index condition with two
     * centre parameters), within the radius on the great circle, the filters and the text.
     */
    void appendWithin(
            StringBuilder sql, List<Object> p, SearchCriteria c, String box, String radiusSql) {
        sql.append("l.status = 'ACTIVE' AND ")
                .append(box)
                .append(" AND earth_distance(ll_to_earth(?, ?), l.pos) <= ")
                .append(radiusSql);
        p.add(c.lat());
        p.add(c.lon());
        p.add(c.lat());
        p.add(c.lon());
        appendFilters(sql, p, c);
    }

    /**
     * The area's currency around {@code c}'s centre, as one row, or none without priced listings
     * there ({@link SearchPriceSql#areaCurrency}).
     */
    public Statement areaCurrency(SearchCriteria c) {
        return SearchPriceSql.areaCurrency(c);
    }

    static String radiusLiteral(double metres) {
        return String.format(Locale.ROOT, "%.3f::float8", metres);
    }

    private void appendFilters(StringBuilder sql, List<Object> p, SearchCriteria c) {
        if (c.category() != null) {
            sql.append(" AND l.category = ?");
            p.add(c.category());
        }
        if (c.kind() != null) {
            sql.append(" AND l.kind = ?");
            p.add(c.kind());
        }
        if (c.maxPrice() != null) {
            // An amount means nothing across currencies: only listings in the reference currency
            // are compared (SearchService has put the area's there when the client named none).
            sql.append(" AND l.price_amount <= ?");
            p.add(c.maxPrice());
            if (c.currency() != null) {
                sql.append(" AND l.currency = ?");
                p.add(c.currency());
            }
        }
        if (c.minCredit() != null) {
            // credit_rank is a neutral 500 for a seller without a score: such a seller passes no
            // minimum, whatever it is.
            sql.append(" AND l.credit_rated AND l.credit_rank >= ?");
            p.add(c.minCredit());
        }
        if (c.freeOn() != null) {
            appendFreeOn(sql, p, c.freeOn());
        }
        if (c.hasText()) {
            List<String> alternatives = new ArrayList<>();
            for (String term : c.terms().latin()) {
                alternatives.add("l.search_text LIKE ?");
                p.add("%" + term + "%");
            }
            for (String term : c.terms().cjk()) {
                // Whole grams between spaces: the trigram index can narrow on them.
                alternatives.add("l.cjk_words LIKE ?");
                p.add("% " + term + " %");
            }
            sql.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
        }
    }

    /**
     * Leaves out items lent by the day booked up on one of the days: as many bookings as units (one
     * when unknown). Only an ITEM priced per DAY is booked by the day (escrow-service's rule); a
     * listing re-announced as a service or priced per item keeps its booked_days, which count again
     * if it is lent by the day again, but nothing books it by the day now. The most bookings on any
     * day of the range are reached on some booking's first day in it, so only those days are
     * counted, and a listing never booked costs one index probe. Items lent by the hour are left
     * out the same way when the buyer asked by time: booked up at some moment of it.
     */
    private static void appendFreeOn(
            StringBuilder sql, List<Object> p, SearchCriteria.FreeOn free) {
        sql.append(
                " AND NOT (l.kind = 'ITEM' AND l.unit = 'DAY' AND EXISTS (SELECT 1 FROM"
                        + " booked_days o WHERE o.listing_id = l.listing_id"
                        + " AND o.booked_from < ? AND o.booked_until > ? AND (SELECT count(*) FROM"
                        + " booked_days b WHERE b.listing_id = l.listing_id AND b.booked_from <="
                        + " greatest(o.booked_from, ?) AND b.booked_until > greatest(o.booked_from,"
                        + " ?)) >= coalesce(l.units, 1)))");
        p.add(free.until());
        p.add(free.from());
        p.add(free.from());
        p.add(free.from());
        if (free.start() == null) {
            return;
        }
        String start = "CAST(? AS timestamptz)";
        sql.append(
                " AND NOT (l.kind = 'ITEM' AND l.unit = 'HOUR' AND EXISTS (SELECT 1 FROM"
                        + " booked_hours o WHERE o.listing_id = l.listing_id AND o.booked_start <"
                        + " CAST(? AS timestamptz) AND o.booked_end > "
                        + start
                        + " AND (SELECT count(*) FROM booked_hours b WHERE b.listing_id ="
                        + " l.listing_id AND b.booked_start <= greatest(o.booked_start, "
                        + start
                        + ") AND b.booked_end > greatest(o.booked_start, "
                        + start
                        + ")) >= coalesce(l.units, 1)))");
        // An offset time: the JDBC driver binds it as timestamptz, whether Hibernate or the
        // benchmark's plain JDBC runs the statement.
        OffsetDateTime from = free.start().atOffset(ZoneOffset.UTC);
        p.add(free.end().atOffset(ZoneOffset.UTC));
        p.add(from);
        p.add(from);
        p.add(from);
    }

    private static void appendSortKey(StringBuilder sql, List<Object> p, SearchCriteria c) {
        switch (c.sort()) {
            case RELEVANCE -> sql.append("-score");
            case DISTANCE -> sql.append("distance_km");
            case PRICE -> SearchPriceSql.appendSortKey(sql, p, c.currency());
            case CREDIT -> sql.append("-credit_rank");
        }
    }
}
