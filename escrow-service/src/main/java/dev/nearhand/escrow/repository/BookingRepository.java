package dev.nearhand.escrow.repository;

import dev.nearhand.escrow.BookedDays;
import dev.nearhand.escrow.BookedHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The days booked of items lent by the day and the times booked of items lent by the hour, counted
 * over the escrows that hold or have paid money for them. A dispute resolved with nothing for the
 * seller gives its days or hours back, as it gives back pieces sold from stock.
 */
@ApplicationScoped
public class BookingRepository {

    private static final String BOOKING_COUNTS =
            " (status IN ('HELD', 'ACCEPTED', 'DELIVERED', 'DISPUTED', 'RELEASED')"
                    + " OR (status = 'RESOLVED' AND seller_share > 0))";

    private final EntityManager entityManager;

    BookingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many escrows book an item on one day. */
    public record DayCount(LocalDate date, int booked) {}

    /** How many escrows book an item throughout a time, from {@code from} up to {@code until}. */
    public record TimeCount(Instant from, Instant until, int booked) {}

    /** A moment as PostgreSQL writes it for {@link Instant#parse}: to the second, in UTC. */
    private static final String UTC = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

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
                                        + BOOKING_COUNTS
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
                                        + BOOKING_COUNTS
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

    /**
     * The first moment of {@code hours} at which other escrows than {@code except} already book
     * {@code units} or more of the listing; empty when a unit is free throughout. The most bookings
     * at once within a time are found at its start or where one of them starts, so only those
     * moments are counted.
     */
    public Optional<Instant> firstFullMoment(
            UUID listingId, BookedHours hours, int units, UUID except) {
        @SuppressWarnings("unchecked")
        List<String> full =
                entityManager
                        .createNativeQuery(
                                "SELECT to_char(m AT TIME ZONE 'UTC', "
                                        + UTC
                                        + ") FROM (SELECT CAST(?1 AS timestamptz) AS m UNION SELECT"
                                        + " booked_start FROM escrow WHERE listing_id = ?3 AND id <>"
                                        + " ?4 AND booked_start > ?1 AND booked_start < ?2 AND"
                                        + BOOKING_COUNTS
                                        + ") AS moments WHERE (SELECT count(*) FROM escrow WHERE"
                                        + " listing_id = ?3 AND id <> ?4 AND booked_start <= m AND"
                                        + " booked_end > m AND"
                                        + BOOKING_COUNTS
                                        + ") >= ?5 ORDER BY m LIMIT 1")
                        .setParameter(1, hours.start())
                        .setParameter(2, hours.end())
                        .setParameter(3, listingId)
                        .setParameter(4, except)
                        .setParameter(5, units)
                        .getResultList();
        return full.stream().findFirst().map(Instant::parse);
    }

    /**
     * The times from {@code from} up to {@code until} during which the listing is booked at all,
     * each with how many escrows book it throughout; back-to-back times booked as often are one.
     */
    public List<TimeCount> bookedTimes(UUID listingId, Instant from, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "WITH b AS (SELECT greatest(booked_start, CAST(?1 AS timestamptz))"
                                        + " AS s, least(booked_end, CAST(?2 AS timestamptz)) AS e FROM"
                                        + " escrow WHERE listing_id = ?3 AND booked_start < ?2 AND"
                                        + " booked_end > ?1 AND"
                                        + BOOKING_COUNTS
                                        + "), moments AS (SELECT s AS m FROM b UNION SELECT e FROM b),"
                                        + " spans AS (SELECT m AS s, lead(m) OVER (ORDER BY m) AS e"
                                        + " FROM moments) SELECT to_char(s AT TIME ZONE 'UTC', "
                                        + UTC
                                        + "), to_char(e AT TIME ZONE 'UTC', "
                                        + UTC
                                        + "), (SELECT count(*) FROM b WHERE b.s <= spans.s AND b.e"
                                        + " > spans.s) FROM spans WHERE e IS NOT NULL ORDER BY s")
                        .setParameter(1, from)
                        .setParameter(2, until)
                        .setParameter(3, listingId)
                        .getResultList();
        List<TimeCount> times = new ArrayList<>();
        for (Object[] row : rows) {
            int booked = ((Number) row[2]).intValue();
            if (booked == 0) {
                continue;
            }
            TimeCount span =
                    new TimeCount(
                            Instant.parse((String) row[0]), Instant.parse((String) row[1]), booked);
            TimeCount last = times.isEmpty() ? null : times.get(times.size() - 1);
            if (last != null && last.until().equals(span.from()) && last.booked() == booked) {
                times.set(times.size() - 1, new TimeCount(last.from(), span.until(), booked));
            } else {
                times.add(span);
            }
        }
        return times;
    }
}
