package dev.nearhand.matching.service;

import java.math.BigDecimal;
import java.util.UUID;

/** One search result as the query returns it: rounded distance only, never a position. */
public record SearchHit(
        UUID listingId,
        UUID shopId,
        String title,
        String kind,
        String category,
        BigDecimal priceAmount,
        String currency,
        String unit,
        boolean negotiable,
        BigDecimal distanceKm,
        Integer transaction,
        Integer social,
        String tier,
        BigDecimal score,
        BigDecimal sortKey) {

    /** Reads a row of {@link SearchSql}'s select list, from JPA or plain JDBC alike. */
    public static SearchHit fromRow(Object[] row) {
        return new SearchHit(
                uuid(row[0]),
                uuid(row[1]),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                decimal(row[5]),
                (String) row[6],
                (String) row[7],
                Boolean.TRUE.equals(row[8]),
                decimal(row[9]),
                row[10] == null ? null : ((Number) row[10]).intValue(),
                row[11] == null ? null : ((Number) row[11]).intValue(),
                (String) row[12],
                decimal(row[13]),
                decimal(row[14]));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    /** A numeric column as JPA or JDBC returns it. */
    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
