package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.service.BookingCalendar;
import dev.nearhand.escrow.service.BookingCalendar.Calendar;
import dev.nearhand.platform.problem.CalendarDates;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * When an item lent by the day or the hour is booked: public, like a holiday flat's calendar, and
 * naming only days, times and counts, never who booked them.
 */
@Path("/api/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
public class BookingResource {

    private final BookingCalendar bookings;

    BookingResource(BookingCalendar bookings) {
        this.bookings = bookings;
    }

    @GET
    @Operation(
            summary = "The booked days or times of an item lent by the day or the hour",
            description =
                    "From `from` (default today, UTC) up to but not including `until` (default 90"
                            + " days later, at most 366), when escrows hold money for the item, with"
                            + " how many of its `units` each books. An item lent by the day lists"
                            + " `booked` days (book them by opening an escrow with `startDate` and"
                            + " `quantity` days); one lent by the hour lists `bookedTimes`, spans"
                            + " from `from` to `until` booked `booked` times throughout (book by"
                            + " `startAt` and `quantity` hours). What is not listed is free.")
    public Calendar calendar(
            @QueryParam("listingId") String listingId,
            @QueryParam("from") String from,
            @QueryParam("until") String until) {
        return bookings.of(
                listingId(listingId),
                CalendarDates.param("from", from),
                CalendarDates.param("until", until));
    }

    private static UUID listingId(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("listingId", "is required");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("listingId", "must be a listing's id (a UUID)");
        }
    }
}
