package dev.nearhand.escrow.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What a buyer asks for: a listing and a quantity (default 1). Price, seller and currency come from
 * escrow-service's copy of the listing, never from here.
 */
public record OpenEscrowRequest(@NotNull UUID listingId, @Min(1) @Max(1000) Integer quantity) {

    int quantityOrOne() {
        return quantity == null ? 1 : quantity;
    }
}
