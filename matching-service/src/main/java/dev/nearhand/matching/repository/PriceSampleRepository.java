package dev.nearhand.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Comparable prices near a point: completed trades and active listings' asking prices. */
@ApplicationScoped
public class PriceSampleRepository {

    private static final String DISTANCE =
            "earth_distance(ll_to_earth(?1, ?2), ll_to_earth(x.lat, x.lon))";
    private static final String NEAR =
            " earth_box(ll_to_earth(?1, ?2), ?5) @> ll_to_earth(x.lat, x.lon) AND "
                    + DISTANCE
                    + " <= ?5";

    private final EntityManager entityManager;

    PriceSampleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A price with where, when and what it was for (the listing's normalised text, if known). */
    public record Row(
            double price,
            String currency,
            double distanceKm,
            Instant at,
            String searchText,
            String cjkGrams,
            boolean trade) {}

    public List<Row> trades(
            String category, String unit, double lat, double lon, double radiusKm, int limit) {
        return rows(
                "SELECT x.unit_price, x.currency, "
                        + DISTANCE
                        + " / 1000, x.completed_at,"
                        + " l.search_text, l.cjk_grams FROM completed_trade x"
                        + " LEFT JOIN listing l ON l.listing_id = x.listing_id"
                        + " WHERE x.category = ?3 AND x.unit = ?4 AND"
                        + NEAR
                        + " ORDER BY 3 LIMIT ?6",
                category,
                unit,
                lat,
                lon,
                radiusKm,
                limit,
                true);
    }

    public List<Row> askingPrices(
            String category, String unit, double lat, double lon, double radiusKm, int limit) {
        return rows(
                "SELECT x.price_amount, x.currency, "
                        + DISTANCE
                        + " / 1000, x.updated_at,"
                        + " x.search_text, x.cjk_grams FROM listing x"
                        + " WHERE x.status = 'ACTIVE' AND x.price_amount IS NOT NULL"
                        + " AND x.category = ?3 AND x.unit = ?4 AND"
                        + NEAR
                        + " ORDER BY 3 LIMIT ?6",
                category,
                unit,
                lat,
                lon,
                radiusKm,
                limit,
                false);
    }

    private List<Row> rows(
            String sql,
            String category,
            String unit,
            double lat,
            double lon,
            double radiusKm,
            int limit,
            boolean trade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, lat)
                        .setParameter(2, lon)
                        .setParameter(3, category)
                        .setParameter(4, unit)
                        .setParameter(5, radiusKm * 1000)
                        .setParameter(6, limit)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new Row(
                                        ((Number) r[0]).doubleValue(),
                                        (String) r[1],
                                        ((Number) r[2]).doubleValue(),
                                        toInstant(r[3]),
                                        r[4] == null ? "" : (String) r[4],
                                        r[5] == null ? "" : (String) r[5],
                                        trade))
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
