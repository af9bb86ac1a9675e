package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.service.DayBookings;
import dev.nearhand.escrow.service.DayBookings.Calendar;
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
 * When an item lent by the day is booked: public, like a holiday flat's calendar, and naming only
 * days and counts, never who booked them.
 */
@Path("/api/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
public class BookingResource {

    private final DayBookings bookings;

    BookingResource(DayBookings bookings) {
        this.bookings = bookings;
    }

    @GET
    @Operation(
            summary = "The booked days of an item lent by the day",
            description =
                    "Days from `from` (default today, UTC) up to but not including `until` (default"
                            + " 90 days later, at most 366) on which escrows hold money for the item,"
                            + " with how many of its `units` each books; days not listed are free."
                            + " Book by opening an escrow with `startDate` and `quantity` days.")
    public Calendar calendar(
            @QueryParam("listingId") String listingId,
            @QueryParam("from") String from,
            @QueryParam("until") String until) {
        return bookings.calendar(
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
