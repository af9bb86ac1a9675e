package dev.nearhand.matching.repository;

import dev.nearhand.matching.service.NearestFirstSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Comparable prices near a point: completed trades and active listings' asking prices, each the
 * nearest of their category and unit within a radius.
 */
@ApplicationScoped
public class PriceSampleRepository {

    private static final String CENTRE = "ll_to_earth(?1, ?2)";

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

    /** Up to {@code limit} trades and {@code limit} asking prices, each list nearest first. */
    public List<Row> nearest(
            String category, String unit, double lat, double lon, double radiusKm, int limit) {
        // Both walks are ordered index scans (category, unit, position) that stop after `limit`
        // rows; left to its estimate of a box's rows, the planner would read every sample within
        // the radius and sort them (at 100k listings 180-670 ms against 37-55 ms).
        entityManager.createNativeQuery(NearestFirstSearch.PLAN_NEAREST_FIRST).getSingleResult();
        List<Row> rows =
                new ArrayList<>(
                        rows(
                                "SELECT x.unit_price, x.currency, %s / 1000, x.completed_at,"
                                        + " l.search_text, l.cjk_grams FROM completed_trade x"
                                        + " LEFT JOIN listing l ON l.listing_id = x.listing_id"
                                        + " WHERE x.category = ?3 AND x.unit = ?4 AND %s",
                                "ll_to_earth(x.lat, x.lon)",
                                category,
                                unit,
                                lat,
                                lon,
                                radiusKm,
                                limit,
                                true));
        rows.addAll(
                rows(
                        "SELECT x.price_amount, x.currency, %s / 1000, x.updated_at,"
                                + " x.search_text, x.cjk_grams FROM listing x"
                                + " WHERE x.status = 'ACTIVE' AND x.price_amount IS NOT NULL"
                                + " AND x.category = ?3 AND x.unit = ?4 AND %s",
                        "x.pos", category, unit, lat, lon, radiusKm, limit, false));
        return rows;
    }

    /**
     * {@code select} has two {@code %s}: the distance in metres, then the radius condition; the
     * rows come ordered by chord distance ({@code <->}), which orders as the great-circle one does.
     */
    private List<Row> rows(
            String select,
            String position,
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
                        .createNativeQuery(
                                select.formatted(distance(position), near(position))
                                        + " ORDER BY "
                                        + position
                                        + " <-> "
                                        + CENTRE
                                        + " LIMIT ?6")
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

    private static String distance(String position) {
        return "earth_distance(" + CENTRE + ", " + position + ")";
    }

    private static String near(String position) {
        return "earth_box("
                + CENTRE
                + ", ?5) @> "
                + position
                + " AND "
                + distance(position)
                + " <= ?5";
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
