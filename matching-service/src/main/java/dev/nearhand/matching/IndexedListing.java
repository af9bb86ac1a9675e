package dev.nearhand.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Matching's copy of a listing, as listing-service last described it: the snapshot with the highest
 * revision wins, so a late or repeated event never rolls it back.
 */
@Entity
@Table(name = "listing")
public class IndexedListing {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "listing_id")
    private UUID listingId;

    @Column(name = "shop_id", nullable = false)
    private UUID shopId;

    @Column(name = "seller_id", nullable = false)
    private String sellerId;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String category;

    @Column(name = "price_amount")
    private BigDecimal priceAmount;

    private String currency;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private boolean negotiable;

    private Integer units;

    @Column(nullable = false)
    private String cell;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "cjk_grams", nullable = false)
    private String cjkGrams;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IndexedListing() {}

    public IndexedListing(UUID listingId) {
        this.listingId = listingId;
        this.revision = -1;
    }

    /**
     * Takes a snapshot if it is newer than the one held.
     *
     * @return false when the snapshot is older or the same (a late or repeated event)
     */
    public boolean apply(ListingState state) {
        if (state.revision() <= revision) {
            return false;
        }
        this.shopId = state.shopId();
        this.sellerId = state.sellerId();
        this.revision = state.revision();
        this.status = state.status();
        this.kind = state.kind();
        this.title = state.title();
        this.category = state.category();
        this.priceAmount = state.priceAmount();
        this.currency = state.currency();
        this.unit = state.unit();
        this.negotiable = state.negotiable();
        this.units = state.units();
        this.cell = state.cell();
        this.lat = state.lat();
        this.lon = state.lon();
        this.searchText = state.searchText();
        this.cjkGrams = state.cjkGrams();
        this.updatedAt = state.updatedAt();
        return true;
    }

    public UUID listingId() {
        return listingId;
    }

    public long revision() {
        return revision;
    }

    public BigDecimal priceAmount() {
        return priceAmount;
    }

    public String status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String category() {
        return category;
    }

    public String unit() {
        return unit;
    }

    public String currency() {
        return currency;
    }
}
