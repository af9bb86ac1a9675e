package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * What the buyer is buying, copied from the local listing copy at opening so that events and reads
 * describe the escrow as agreed, whatever the listing becomes later.
 */
@Embeddable
public class EscrowItem {

    @Column(name = "listing_id")
    private UUID listingId;

    private String category;
    private Place place;
    private String unit;
    private int quantity;

    @Column(name = "reserves_stock")
    private boolean reservesStock;

    private BookedDays bookedDays;

    private BookedHours bookedHours;

    protected EscrowItem() {}

    /**
     * @param bookedDays the days booked of an item lent by the day, or null for no dates
     * @param bookedHours the time booked of an item lent by the hour, or null for no time
     */
    static EscrowItem of(
            ListingCopy listing, int quantity, BookedDays bookedDays, BookedHours bookedHours) {
        EscrowItem item = new EscrowItem();
        item.listingId = listing.listingId();
        item.category = listing.category();
        item.place = listing.place();
        item.unit = listing.unit();
        item.quantity = quantity;
        item.reservesStock = listing.sellsFromStock();
        item.bookedDays = bookedDays;
        item.bookedHours = bookedHours;
        return item;
    }

    public UUID listingId() {
        return listingId;
    }

    public String category() {
        return category;
    }

    /** The listing's coarse area; null when it has none. */
    public Place place() {
        return place;
    }

    public String unit() {
        return unit;
    }

    public int quantity() {
        return quantity;
    }

    /** Whether the quantity is pieces taken from the listing's stock (items sold by the piece). */
    public boolean reservesStock() {
        return reservesStock;
    }

    /** The days this escrow books of an item lent by the day; null when it books no dates. */
    public BookedDays bookedDays() {
        return bookedDays;
    }

    /** The time this escrow books of an item lent by the hour; null when it books no time. */
    public BookedHours bookedHours() {
        return bookedHours;
    }
}
