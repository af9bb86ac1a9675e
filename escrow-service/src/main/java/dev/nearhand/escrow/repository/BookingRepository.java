package dev.nearhand.escrow.repository;

import dev.nearhand.escrow.BookedDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The days booked of items lent by the day, counted per day over the escrows that hold or have paid
 * money for them. A dispute resolved with nothing for the seller gives its days back, as it gives
 * back pieces sold from stock.
 */
@ApplicationScoped
public class BookingRepository {

    private static final String BOOKS_ITS_DAYS =
            " (status IN ('HELD', 'ACCEPTED', 'DELIVERED', 'DISPUTED', 'RELEASED')"
                    + " OR (status = 'RESOLVED' AND seller_share > 0))";

    private final EntityManager entityManager;

    BookingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many escrows book an item on one day. */
    public record DayCount(LocalDate date, int booked) {}

    /**
     * The first of {@code days} on which other escrows than {@code except} already book {@code
     * units} or more of the listing; empty when every day has a unit free.
     */
    public Optional<LocalDate> firstFullDay(
            UUID listingId, BookedDays days, int units, UUID except) {
        @SuppressWarnings("unchecked")
        List<String> full =
                entityManager
                        .createNativeQuery(
                                "SELECT to_char(d, 'YYYY-MM-DD') FROM generate_series(CAST(?1 AS date),"
                                        + " CAST(?2 AS date) - 1, interval '1 day') AS d WHERE (SELECT"
                                        + " count(*) FROM escrow WHERE listing_id = ?3 AND id <> ?4"
                                        + " AND booked_from <= d AND booked_until > d AND"
                                        + BOOKS_ITS_DAYS
                                        + ") >= ?5 ORDER BY d LIMIT 1")
                        .setParameter(1, days.from())
                        .setParameter(2, days.until())
                        .setParameter(3, listingId)
                        .setParameter(4, except)
                        .setParameter(5, units)
                        .getResultList();
        return full.stream().findFirst().map(LocalDate::parse);
    }

    /** The days from {@code from} up to {@code until} on which the listing is booked at all. */
    public List<DayCount> bookedDays(UUID listingId, LocalDate from, LocalDate until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "SELECT to_char(d, 'YYYY-MM-DD'), count(*) FROM generate_series(CAST(?1 AS"
                                        + " date), CAST(?2 AS date) - 1, interval '1 day') AS d JOIN"
                                        + " escrow ON listing_id = ?3 AND booked_from <= d AND"
                                        + " booked_until > d AND"
                                        + BOOKS_ITS_DAYS
                                        + " GROUP BY d ORDER BY d")
                        .setParameter(1, from)
                        .setParameter(2, until)
                        .setParameter(3, listingId)
                        .getResultList();
        return rows.stream()
                .map(
                        row ->
                                new DayCount(
                                        LocalDate.parse((String) row[0]),
                                        ((Number) row[1]).intValue()))
                .toList();
    }
}
