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
 */
public final class SearchSql {

    /** Sort key of listings without a price when sorting by price: after every priced one. */
    private static final String NO_PRICE_KEY = "1e15";

    private final MatchingConfig.Search weights;

    public SearchSql(MatchingConfig.Search weights) {
        this.weights = weights;
    }

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> params) {}

    public Statement build(SearchCriteria c) {
        List<Object> p = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        sql.append("WITH cand AS (SELECT l.listing_id, l.shop_id, l.title, l.kind, l.category,")
                .append(" l.price_amount, l.currency, l.unit, l.negotiable,")
                .append(" c.transaction AS credit_tx, c.social, COALESCE(c.tier, 'NEW') AS tier,")
                .append(" COALESCE(c.transaction, ")
                .append(weights.neutralCredit())
                .append(") AS credit_rank,")
                .append(" round((earth_distance(ll_to_earth(?, ?), ll_to_earth(l.lat, l.lon))")
                .append(" / 1000)::numeric, 1) AS distance_km, ");
        p.add(c.lat());
        p.add(c.lon());
        appendTextScore(sql, p, c);
        sql.append(
                        " AS text_score FROM listing l LEFT JOIN seller_credit c ON c.user_id = l.seller_id")
                .append(" WHERE l.status = 'ACTIVE'")
                .append(" AND earth_box(ll_to_earth(?, ?), ?) @> ll_to_earth(l.lat, l.lon)")
                .append(" AND earth_distance(ll_to_earth(?, ?), ll_to_earth(l.lat, l.lon)) <= ?");
        double radiusM = c.radiusKm() * 1000;
        p.add(c.lat());
        p.add(c.lon());
        p.add(radiusM);
        p.add(c.lat());
        p.add(c.lon());
        p.add(radiusM);
        appendFilters(sql, p, c);
        sql.append("), priced AS (SELECT cand.*, CASE WHEN price_amount IS NULL")
                .append(" OR count(*) OVER w = 1 THEN 0.5 ELSE 1 - percent_rank() OVER w END")
                .append(" AS price_score FROM cand")
                .append(
                        " WINDOW w AS (PARTITION BY category, unit, currency ORDER BY price_amount))")
                .append(", scored AS (SELECT priced.*, round((")
                .append(scoreExpression(c))
                .append(")::numeric, 4) AS score FROM priced)")
                .append(", keyed AS (SELECT scored.*, (")
                .append(sortKey(c.sort()))
                .append(")::numeric AS sort_key FROM scored)")
                .append(
                        " SELECT listing_id, shop_id, title, kind, category, price_amount, currency,")
                .append(" unit, negotiable, distance_km, credit_tx, social, tier, score, sort_key")
                .append(" FROM keyed");
        if (c.after() != null) {
            sql.append(" WHERE (sort_key, listing_id) > (CAST(? AS numeric), CAST(? AS uuid))");
            p.add(c.after().key().toPlainString());
            p.add(c.after().listingId());
        }
        sql.append(" ORDER BY sort_key, listing_id LIMIT ?");
        p.add(c.limit() + 1);
        return new Statement(sql.toString(), p);
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

    /** The documented blend; without text its weight is shared out among the others. */
    private String scoreExpression(SearchCriteria c) {
        double text = c.hasText() ? weights.textWeight() : 0;
        double scale =
                1
                        / (text
                                + weights.distanceWeight()
                                + weights.creditWeight()
                                + weights.priceWeight());
        return String.format(
                Locale.ROOT,
                "%.6f * text_score + %.6f * GREATEST(0, 1 - distance_km / %.6f)"
                        + " + %.6f * credit_rank / 1000.0 + %.6f * price_score",
                text * scale,
                weights.distanceWeight() * scale,
                c.radiusKm(),
                weights.creditWeight() * scale,
                weights.priceWeight() * scale);
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
