package dev.nearhand.matching.service;

import dev.nearhand.matching.config.MatchingConfig;
import java.util.List;
import java.util.Locale;

/**
 * The relevance score in SQL: the documented blend of text, distance, credit and price, computed
 * from the listing's stored standing and its rounded distance, rounded to 4 decimals so that every
 * page sees the same value and keysets hold. Shared by {@link SearchSql} and {@link
 * NearestFirstSearch}, which must score alike.
 */
final class SearchScoreSql {

    private final MatchingConfig.Search weights;

    SearchScoreSql(MatchingConfig.Search weights) {
        this.weights = weights;
    }

    /**
     * The columns the score is computed from: credit_rank, price_score (the listing's stored
     * standing), distance_km (rounded, as shown) and text_score.
     */
    void appendInputs(StringBuilder sql, List<Object> p, SearchCriteria c) {
        sql.append("l.credit_rank, l.price_score,")
                .append(" round((earth_distance(ll_to_earth(?, ?), l.pos) / 1000)::numeric, 1)")
                .append(" AS distance_km, ");
        p.add(c.lat());
        p.add(c.lon());
        appendTextScore(sql, p, c);
        sql.append(" AS text_score");
    }

    /** The rounded relevance score over the columns of {@link #appendInputs}. */
    String column(SearchCriteria c) {
        return "round((" + scoreExpression(c) + ")::numeric, 4)";
    }

    /** The blend's weights for this query: without text its weight is shared out. */
    record Weights(double text, double distance, double credit, double price) {}

    Weights weights(SearchCriteria c) {
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
            sql.append(" + CASE WHEN l.cjk_words LIKE ? THEN 1 ELSE 0 END");
            p.add("% " + term + " %");
        }
        sql.append(")::float8 / ").append(c.terms().size()).append(")");
    }
}
