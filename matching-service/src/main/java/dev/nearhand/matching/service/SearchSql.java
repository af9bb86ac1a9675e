package dev.nearhand.matching.service;

import dev.nearhand.matching.config.MatchingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the one search query, as SQL with JDBC {@code ?} parameters, so that the service (through
 * the EntityManager) and the search benchmark (through plain JDBC) run exactly the same statement.
 *
 * <p>Geo: {@code earth_box} (a cube around the centre, GiST-indexed) narrows the candidates, then
 * the exact great-circle {@code earth_distance <= radius} decides. Text: a listing matches when at
 * least one query term does (Latin stems as substrings through the trigram index, Chinese n-grams
 * as exact array terms); the share of matching terms is its text score. The relevance score is
 * computed in SQL, rounded to 4 decimals, so that every page sees the same value and keysets hold.
 *
 * <p>Early stop (relevance and distance sorts): every part of the score depends on the listing
 * alone, so a probe over a small disc gives the key to beat and only the candidates near enough to
 * still beat it are scored; the page is the same as scoring every candidate.
 */
public final class SearchSql {

    /** Sort key of listings without a price when sorting by price: after every priced one. */
    private static final String NO_PRICE_KEY = "1e15";

    private final MatchingConfig.Search weights;

    public SearchSql(MatchingConfig.Search weights) {
        this.weights = weights;
    }

    /**
     * Recomputes the price reference (median asking price of active listings) of one category, unit
     * and currency: JDBC parameters category, unit, currency, three times over. Run by the listing
     * consumer after each change, in the same transaction.
     */
    public static final String REFRESH_PRICE_REFERENCE =
            "WITH s AS (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY price_amount) AS median,"
                    + " count(*) AS n FROM listing WHERE status = 'ACTIVE' AND price_amount IS NOT NULL"
                    + " AND category = ? AND unit = ? AND currency = ?),"
                    + " gone AS (DELETE FROM price_reference WHERE category = ? AND unit = ? AND currency = ?"
                    + " AND (SELECT n FROM s) = 0)"
                    + " INSERT INTO price_reference (category, unit, currency, median, listings)"
                    + " SELECT ?, ?, ?, median, n FROM s WHERE n > 0"
                    + " ON CONFLICT (category, unit, currency) DO UPDATE"
                    + " SET median = EXCLUDED.median, listings = EXCLUDED.listings";

    /** Recomputes every price reference at once: after a bulk load. */
    public static final String REFRESH_ALL_PRICE_REFERENCES =
            "INSERT INTO price_reference (category, unit, currency, median, listings)"
                    + " SELECT category, unit, currency,"
                    + " percentile_cont(0.5) WITHIN GROUP (ORDER BY price_amount), count(*)"
                    + " FROM listing WHERE status = 'ACTIVE' AND price_amount IS NOT NULL"
                    + " AND currency IS NOT NULL GROUP BY category, unit, currency"
                    + " ON CONFLICT (category, unit, currency) DO UPDATE"
                    + " SET median = EXCLUDED.median, listings = EXCLUDED.listings";

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> params) {}

    public Statement build(SearchCriteria c) {
        List<Object> p = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH ");
        double radiusM = c.radiusKm() * 1000;
        String reach = radiusLiteral(radiusM);
        boolean prune =
                (c.sort() == SearchCriteria.Sort.RELEVANCE && weights.distanceWeight() > 0)
                        || c.sort() == SearchCriteria.Sort.DISTANCE;
        if (prune) {
            // Probe: the (limit+1)-th best key among the candidates of a small disc (the first of
            // r/25, r/5 that has enough; the second is only run when the first has too few). No
            // listing farther than the reach below can beat it, so the page is taken from the
            // candidates within that reach only: exact, whatever the density.
            sql.append("bound AS MATERIALIZED (SELECT COALESCE(");
            appendProbe(sql, p, c, radiusM / 25);
            sql.append(", ");
            appendProbe(sql, p, c, radiusM / 5);
            sql.append(")::float8 AS key), reach AS (SELECT CASE WHEN b.key IS NULL THEN ")
                    .append(reach)
                    .append(" ELSE LEAST(")
                    .append(reach)
                    .append(", GREATEST(0, 1000 * (")
                    .append(reachKm(c))
                    .append("))) END AS m FROM bound b, (SELECT GREATEST(")
                    .append(weights.neutralCredit())
                    .append(", COALESCE(max(transaction), 0)) AS top FROM seller_credit) cr), ");
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
     * Kilometres beyond which no listing can have a sort key at or below {@code b.key}. Distance:
     * the shown distance is rounded to 0.1 km, so a listing farther than key + 0.05 km shows more.
     * Relevance: a listing at distance d scores at most text + distance(d - 0.05) + credit(top) +
     * price(1), all other parts at their maximum; solved for d with a margin of 0.001 over the
     * 4-decimal rounding.
     */
    private String reachKm(SearchCriteria c) {
        if (c.sort() == SearchCriteria.Sort.DISTANCE) {
            return "b.key + 0.051";
        }
        Weights w = weights(c);
        return String.format(
                Locale.ROOT,
                "0.051 + %.6f * (1 - (-b.key - 0.001 - (%.6f + %.6f * cr.top / 1000.0 + %.6f)) / %.6f)",
                c.radiusKm(),
                w.text(),
                w.credit(),
                w.price(),
                w.distance());
    }

    /**
     * Scored candidates within {@code radiusSql} metres, after the cursor, as a derived table with
     * listing_id, category, price_amount, currency, unit, distance_km, score and sort_key.
     */
    private void appendCandidates(
            StringBuilder sql, List<Object> p, SearchCriteria c, String radiusSql) {
        sql.append("(SELECT * FROM (SELECT k.*, (")
                .append(sortKey(c.sort()))
                .append(")::numeric AS sort_key FROM (SELECT s.*, round((")
                .append(scoreExpression(c))
                .append(")::numeric, 4) AS score FROM (")
                .append("SELECT l.listing_id, l.category, l.price_amount, l.currency, l.unit,")
                .append(" COALESCE(c.transaction, ")
                .append(weights.neutralCredit())
                .append(") AS credit_rank,")
                .append(" round((earth_distance(ll_to_earth(?, ?), l.pos) / 1000)::numeric, 1)")
                .append(" AS distance_km, ");
        p.add(c.lat());
        p.add(c.lon());
        appendTextScore(sql, p, c);
        sql.append(" AS text_score, CASE WHEN l.price_amount IS NULL OR pr.median IS NULL")
                .append(" OR pr.median + l.price_amount <= 0 THEN 0.5")
                .append(" ELSE pr.median / (pr.median + l.price_amount::float8) END AS price_score")
                .append(" FROM listing l LEFT JOIN seller_credit c ON c.user_id = l.seller_id")
                .append(" LEFT JOIN price_reference pr ON pr.category = l.category")
                .append(" AND pr.unit = l.unit AND pr.currency = l.currency")
                .append(" WHERE l.status = 'ACTIVE'")
                .append(" AND earth_box(ll_to_earth(?, ?), ")
                .append(radiusSql)
                .append(") @> l.pos AND earth_distance(ll_to_earth(?, ?), l.pos) <= ")
                .append(radiusSql);
        p.add(c.lat());
        p.add(c.lon());
        p.add(c.lat());
        p.add(c.lon());
        appendFilters(sql, p, c);
        sql.append(") s) k) x");
        if (c.after() != null) {
            sql.append(" WHERE (sort_key, listing_id) > (CAST(? AS numeric), CAST(? AS uuid))");
            p.add(c.after().key().toPlainString());
            p.add(c.after().listingId());
        }
        sql.append(") cand");
    }

    private static String radiusLiteral(double metres) {
        return String.format(Locale.ROOT, "%.3f::float8", metres);
    }

    private static void appendTextScore(StringBuilder sql, List<Object> p, SearchCriteria c) {
        if (!c.hasText()) {
            sql.append("0.0");
            return;
        }
        sql.append("((0");
        for (String term : c.terms().latin()) {
            sql.append(" + CASE WHEN l.search_text LIKE ? THEN 1 ELSE 0 END");
            p.add("%" + term + "%");
        }
        for (String term : c.terms().cjk()) {
            sql.append(" + CASE WHEN ? = ANY(l.cjk_terms) THEN 1 ELSE 0 END");
            p.add(term);
        }
        sql.append(")::float8 / ").append(c.terms().size()).append(")");
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
            sql.append(" AND l.price_amount <= ?");
            p.add(c.maxPrice());
            if (c.currency() != null) {
                sql.append(" AND l.currency = ?");
                p.add(c.currency());
            }
        }
        if (c.minCredit() != null) {
            sql.append(" AND COALESCE(c.transaction, ")
                    .append(weights.neutralCredit())
                    .append(") >= ?");
            p.add(c.minCredit());
        }
        if (c.hasText()) {
            List<String> alternatives = new ArrayList<>();
            for (String term : c.terms().latin()) {
                alternatives.add("l.search_text LIKE ?");
                p.add("%" + term + "%");
            }
            if (!c.terms().cjk().isEmpty()) {
                alternatives.add("l.cjk_terms && CAST(? AS text[])");
                p.add("{" + String.join(",", c.terms().cjk()) + "}");
            }
            sql.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
        }
    }

    /** The blend's weights for this query: without text its weight is shared out. */
    private record Weights(double text, double distance, double credit, double price) {}

    private Weights weights(SearchCriteria c) {
        double text = c.hasText() ? weights.textWeight() : 0;
        double scale =
                1
                        / (text
                                + weights.distanceWeight()
                                + weights.creditWeight()
                                + weights.priceWeight());
        return new Weights(
                text * scale,
                weights.distanceWeight() * scale,
                weights.creditWeight() * scale,
                weights.priceWeight() * scale);
    }

    /** The documented blend. */
    private String scoreExpression(SearchCriteria c) {
        Weights w = weights(c);
        return String.format(
                Locale.ROOT,
                "%.6f * text_score + %.6f * GREATEST(0, 1 - distance_km / %.6f)"
                        + " + %.6f * credit_rank / 1000.0 + %.6f * price_score",
                w.text(),
                w.distance(),
                c.radiusKm(),
                w.credit(),
                w.price());
    }

    private static String sortKey(SearchCriteria.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> "-score";
            case DISTANCE -> "distance_km";
            case PRICE -> "COALESCE(price_amount, " + NO_PRICE_KEY + ")";
            case CREDIT -> "-credit_rank";
        };
    }
}
