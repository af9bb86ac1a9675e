package dev.nearhand.escrow.service;

import dev.nearhand.escrow.BookedHours;
import dev.nearhand.escrow.HoursTakenException;
import dev.nearhand.escrow.ListingCopy;
import dev.nearhand.escrow.repository.BookingRepository;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Bookings of items lent by the hour: a buyer may name when the loan starts, and then the escrow
 * books {@code quantity} hours from it. At no moment is the item booked more often than the listing
 * has units, so two drivers never pay for the same parking space at once. A buyer who names no time
 * books none, as before times existed.
 */
@ApplicationScoped
public class HourBookings {

    /** How far ahead a loan may start: a year, and a day for a leap year. */
    static final Duration MOST_AHEAD = Duration.ofDays(366);

    /** How late a start may be named: a driver at the space at 10:20 still books from 10:00. */
    static final Duration LATEST_START_BEHIND = Duration.ofHours(1);

    private final BookingRepository bookings;
    private final Clock clock;

    HourBookings(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * The time a new escrow asks for, checked against the listing and the clock; null when the
     * buyer named no start.
     */
    BookedHours asked(ListingCopy listing, Instant startAt, int hours) {
        if (startAt == null) {
            return null;
        }
        if (!listing.lentByTheHour()) {
            throw new InvalidFieldException("startAt", notBookableByTime(listing));
        }
        if (startAt.getEpochSecond() % 60 != 0 || startAt.getNano() != 0) {
            throw new InvalidFieldException("startAt", "must be on a whole minute");
        }
        Instant now = clock.instant();
        if (startAt.isBefore(now.minus(LATEST_START_BEHIND))) {
            throw new InvalidFieldException("startAt", "must not be in the past");
        }
        if (startAt.isAfter(now.plus(MOST_AHEAD))) {
            throw new InvalidFieldException(
                    "startAt", "must be at most " + MOST_AHEAD.toDays() + " days ahead");
        }
        return BookedHours.starting(startAt, hours);
    }

    /**
     * Refuses with 409 {@code hours-taken} when, at some moment of {@code hours}, other escrows
     * than {@code self} already book every unit of the listing. Exact only while the caller holds
     * the listing copy's lock.
     */
    void requireFree(ListingCopy listing, BookedHours hours, UUID self) {
        // A seller who since made the listing a service still has the time this escrow booked.
        int units = listing.stock() == null ? 1 : listing.stock();
        bookings.firstFullMoment(listing.listingId(), hours, units, self)
                .ifPresent(
                        moment -> {
                            throw new HoursTakenException(
                                    (units == 1
                                                    ? "It is booked at "
                                                    : "All " + units + " of them are booked at ")
                                            + moment
                                            + ": choose another time");
                        });
    }

    private static String notBookableByTime(ListingCopy listing) {
        String why =
                listing.lentByTheDay()
                        ? "this item is lent by the day: name its startDate"
                        : whatItIs(listing);
        return "only an item lent by the hour is booked by time; " + why;
    }

    /** Why a listing is not booked by date or time, in the words of a refusal. */
    static String whatItIs(ListingCopy listing) {
        return listing.stock() == null
                ? "this listing is not an item"
                : "this item is priced per " + listing.unit().toLowerCase(Locale.ROOT);
    }
}
