package dev.nearhand.escrow.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a buyer asks for: a listing and a quantity (default 1), and for an item lent by the day
 * optionally the day the loan starts ({@code quantity} is then the number of days booked). Price,
 * seller and currency come from escrow-service's copy of the listing, never from here.
 */
public record OpenEscrowRequest(
        @NotNull UUID listingId, @Min(1) @Max(1000) Integer quantity, LocalDate startDate) {

    int quantityOrOne() {
        return quantity == null ? 1 : quantity;
    }
}
