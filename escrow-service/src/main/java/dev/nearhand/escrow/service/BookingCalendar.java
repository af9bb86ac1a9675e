package dev.nearhand.escrow.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nearhand.escrow.ListingCopy;
import dev.nearhand.escrow.repository.BookingRepository;
import dev.nearhand.escrow.repository.BookingRepository.DayCount;
import dev.nearhand.escrow.repository.BookingRepository.TimeCount;
import dev.nearhand.escrow.repository.ListingCopyRepository;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * When an item lent by the day or by the hour is booked: what a buyer picks a free day or time
 * from. It names only days, times and counts, never who booked them.
 */
@ApplicationScoped
public class BookingCalendar {

    /** The widest calendar one read shows. */
    static final int MOST_DAYS_SHOWN = 366;

    /** Days are written in four-digit years ({@code CalendarDates}). */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final BookingRepository bookings;
    private final ListingCopyRepository listings;
    private final Clock clock;

    BookingCalendar(BookingRepository bookings, ListingCopyRepository listings, Clock clock) {
        this.bookings = bookings;
        this.listings = listings;
        this.clock = clock;
    }

    /**
     * A listing's bookings in a window of UTC days: {@code booked} for an item lent by the day,
     * {@code bookedTimes} for one lent by the hour.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Calendar(
            UUID listingId,
            String unit,
            int units,
            LocalDate from,
            LocalDate until,
            List<DayCount> booked,
            List<TimeCount> bookedTimes) {}

    /**
     * The bookings from {@code from} (default today, UTC) up to {@code until} (default 90 days
     * later); what is not listed is wholly free. A paused or withdrawn listing has no calendar, as
     * listing-service does not show it either.
     */
    @Transactional
    public Calendar of(UUID listingId, LocalDate from, LocalDate until) {
        ListingCopy listing =
                listings.findByIdOptional(listingId)
                        .filter(ListingCopy::isActive)
                        .filter(copy -> copy.lentByTheDay() || copy.lentByTheHour())
                        .orElseThrow(
                                () ->
                                        new InvalidFieldException(
                                                "listingId",
                                                "not a listing of an item lent by the day or the"
                                                        + " hour that is on sale"));
        LocalDate start = from == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : from;
        // Not past the last day the API can write: a calendar must be readable as it is asked.
        LocalDate end = until == null ? min(start.plusDays(90), LAST_DAY) : until;
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("until", "must be after from");
        }
        if (end.isAfter(start.plusDays(MOST_DAYS_SHOWN))) {
            throw new InvalidFieldException(
                    "until", "must be at most " + MOST_DAYS_SHOWN + " days after from");
        }
        boolean byDay = listing.lentByTheDay();
        return new Calendar(
                listingId,
                listing.unit(),
                listing.stock(),
                start,
                end,
                byDay ? bookings.bookedDays(listingId, start, end) : null,
                byDay ? null : bookings.bookedTimes(listingId, midnight(start), midnight(end)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
