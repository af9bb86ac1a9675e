package dev.nearhand.escrow.service;

import dev.nearhand.escrow.BookedDays;
import dev.nearhand.escrow.DaysTakenException;
import dev.nearhand.escrow.ListingCopy;
import dev.nearhand.escrow.repository.BookingRepository;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Bookings of items lent by the day: a buyer may name the day the loan starts, and then the escrow
 * books {@code quantity} days from it. No day is booked more often than the listing has units, so
 * two guests never pay for the same room on the same night. A buyer who names no day books none, as
 * before dates existed.
 */
@ApplicationScoped
public class DayBookings {

    /** How far ahead a loan may start: a year, and a day for a leap year. */
    static final int MOST_DAYS_AHEAD = 366;

    private final BookingRepository bookings;
    private final Clock clock;

    DayBookings(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * The days a new escrow asks for, checked against the listing and the calendar; null when the
     * buyer named no start date.
     */
    BookedDays asked(ListingCopy listing, LocalDate startDate, int days) {
        if (startDate == null) {
            return null;
        }
        if (!listing.lentByTheDay()) {
            throw new InvalidFieldException("startDate", notBookableByDate(listing));
        }
        // Dates are the buyer's own calendar days: a day behind UTC is still today somewhere.
        LocalDate today = today();
        if (startDate.isBefore(today.minusDays(1))) {
            throw new InvalidFieldException("startDate", "must not be in the past");
        }
        if (startDate.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
            throw new InvalidFieldException(
                    "startDate", "must be at most " + MOST_DAYS_AHEAD + " days ahead");
        }
        return BookedDays.starting(startDate, days);
    }

    /**
     * Refuses with 409 {@code days-taken} when other escrows than {@code self} already book every
     * unit of the listing on one of the days. Exact only while the caller holds the listing copy's
     * lock.
     */
    void requireFree(ListingCopy listing, BookedDays days, UUID self) {
        // A seller who since made the listing a service still has the days this escrow booked.
        int units = listing.stock() == null ? 1 : listing.stock();
        bookings.firstFullDay(listing.listingId(), days, units, self)
                .ifPresent(
                        day -> {
                            throw new DaysTakenException(
                                    (units == 1
                                                    ? "It is booked on "
                                                    : "All " + units + " of them are booked on ")
                                            + day
                                            + ": choose other days");
                        });
    }

    private static String notBookableByDate(ListingCopy listing) {
        String why =
                listing.lentByTheHour()
                        ? "this item is lent by the hour: name its startAt"
                        : HourBookings.whatItIs(listing);
        return "only an item lent by the day is booked by date; " + why;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
