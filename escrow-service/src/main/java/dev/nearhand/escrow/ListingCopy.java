package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * escrow-service's own copy of a listing, kept from listing-service's events: the only source of
 * the price, seller and currency of an escrow. Written by an upsert that keeps the highest
 * revision; read-only here.
 */
@Entity
@Table(name = "listing_copy")
public class ListingCopy {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "listing_id")
    private UUID listingId;

    @Column(name = "seller_id")
    private String sellerId;

    private long revision;
    private String status;
    private String category;
    private String unit;

    @Column(name = "price_amount")
    private BigDecimal priceAmount;

    private String currency;
    private Integer stock;

    @Column(name = "sold_units")
    private int soldUnits;

    private Place place;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ListingCopy() {}

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** Negotiable listings have no price, so there is nothing to hold. */
    public boolean hasPrice() {
        return priceAmount != null && currency != null;
    }

    public UUID listingId() {
        return listingId;
    }

    public String sellerId() {
        return sellerId;
    }

    public long revision() {
        return revision;
    }

    public String status() {
        return status;
    }

    public String category() {
        return category;
    }

    public String unit() {
        return unit;
    }

    public Amount price() {
        return new Amount(priceAmount, currency);
    }

    /** What is left to sell of an ITEM, as listing-service last announced; null for services. */
    public Integer stock() {
        return stock;
    }

    /**
     * An item sold by the piece (priced per ITEM), whose escrow quantity is a number of pieces
     * taken from the stock. An item priced per DAY or HOUR is lent: its quantity is a duration, and
     * it comes back after each trade.
     */
    public boolean sellsFromStock() {
        return stock != null && "ITEM".equals(unit);
    }

    /**
     * An item lent by the day (a room, a drill), which buyers may book for given days: at most
     * {@link #stock()} bookings on any one day.
     */
    public boolean lentByTheDay() {
        return stock != null && "DAY".equals(unit);
    }

    /**
     * An item lent by the hour (a parking space, a drill), which buyers may book for a given time:
     * at most {@link #stock()} bookings at any one moment.
     */
    public boolean lentByTheHour() {
        return stock != null && "HOUR".equals(unit);
    }

    /** The sales listing-service had applied when it announced this copy's stock. */
    public int soldUnits() {
        return soldUnits;
    }

    public Place place() {
        return place;
    }
}
