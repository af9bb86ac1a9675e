package dev.nearhand.escrow.service;

import dev.nearhand.escrow.ListingCopy;
import dev.nearhand.escrow.OutOfStockException;
import dev.nearhand.escrow.repository.EscrowRepository;
import dev.nearhand.escrow.repository.EscrowRepository.UnitsTaken;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Pieces of an item sold by the piece are taken while money is held for them, and for good once
 * sold (an item lent by the day takes nothing: its quantity is a duration). listing-service owns
 * the stock and lowers it on each sale it hears of; sales settled here that its copy does not count
 * yet are subtracted too, so a unit is never sold twice while that event is on its way.
 */
@ApplicationScoped
public class StockReservations {

    private final EscrowRepository escrows;

    StockReservations(EscrowRepository escrows) {
        this.escrows = escrows;
    }

    /**
     * Refuses with 409 {@code out-of-stock} when fewer than {@code quantity} units are free besides
     * those of escrow {@code self}. Exact only while the caller holds the listing copy's lock.
     */
    void requireAvailable(ListingCopy listing, int quantity, UUID self) {
        if (!listing.sellsFromStock()) {
            return;
        }
        UnitsTaken taken = escrows.unitsTaken(listing.listingId(), self);
        long notYetCounted = Math.max(0, taken.sold() - listing.soldUnits());
        long free = Math.max(0, listing.stock() - taken.held() - notYetCounted);
        if (quantity > free) {
            throw new OutOfStockException(
                    free == 0
                            ? "None of this item is left: sold, or held for other buyers"
                            : "Only "
                                    + free
                                    + " of this item left to buy; you asked for "
                                    + quantity);
        }
    }
}
