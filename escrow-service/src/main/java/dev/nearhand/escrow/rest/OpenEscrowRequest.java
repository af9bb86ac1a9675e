package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.service.EscrowService;
import dev.nearhand.platform.problem.CalendarDates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a buyer asks for: a listing and a quantity (default 1); for an item lent by the day
 * optionally the day the loan starts ({@code quantity} is then the number of days booked), for one
 * lent by the hour optionally the time it starts ({@code quantity} hours are then booked). Price,
 * seller and currency come from escrow-service's copy of the listing, never from here.
 */
public record OpenEscrowRequest(
        @NotNull UUID listingId,
        @Min(1) @Max(1000) Integer quantity,
        LocalDate startDate,
        @Schema(
                        format = "date-time",
                        description =
                                "When an item lent by the hour is taken, with its offset from UTC,"
                                        + " on a whole minute, such as 2026-12-24T09:30:00Z")
                String startAt) {

    /** The order as escrow-service reads it; a 400 naming the field that is not readable. */
    EscrowService.Order order() {
        return new EscrowService.Order(
                listingId,
                quantity == null ? 1 : quantity,
                startDate,
                CalendarDates.time("startAt", startAt));
    }
}
