package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An offer in a shop. It guards its own lifecycle (publish, revise, pause, resume, withdraw, sell)
 * and counts every change in {@code revision}, which consumers use to drop stale snapshots.
 *
 * <p>For an ITEM, {@code quantity} is what is left to sell and {@code soldUnits} what escrow sold.
 * An open listing (not paused, not withdrawn) is ACTIVE exactly while it has something to sell,
 * else SOLD_OUT.
 */
@Entity
@Table(name = "listing")
public class Listing {

    @Id private UUID id;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private UUID shopId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingStatus status;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> tags;

    @Embedded private Price price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriceUnit unit;

    @Column(nullable = false)
    private boolean negotiable;

    private Integer quantity;

    @Column(name = "sold_units", nullable = false)
    private int soldUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "availability")
    private String availabilityJson;

    @Embedded private GeoPoint ownLocation;

    @Column(name = "area_cell", nullable = false)
    private String areaCell;

    @Column(nullable = false)
    private long revision;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Listing() {}

    public static Listing publish(Shop shop, ListingContent content, String areaCell, Instant now) {
        Listing listing = new Listing();
        listing.id = UUID.randomUUID();
        listing.shopId = shop.id();
        listing.ownerId = shop.ownerId();
        listing.status = ListingStatus.ACTIVE;
        listing.publishedAt = now;
        listing.apply(content, areaCell, now);
        return listing;
    }

    /**
     * Replaces the content; units sold so far stay counted. An open listing follows its new stock:
     * a sold-out one given something to sell is ACTIVE again, one left with nothing is SOLD_OUT.
     */
    public void revise(ListingContent content, String newAreaCell, Instant now) {
        requireNot(ListingStatus.WITHDRAWN, "update");
        apply(content, newAreaCell, now);
        if (status == ListingStatus.ACTIVE || status == ListingStatus.SOLD_OUT) {
            status = openStatus();
        }
    }

    public void pause(Instant now) {
        require(ListingStatus.ACTIVE, "pause");
        status = ListingStatus.PAUSED;
        touch(now);
    }

    public void resume(Instant now) {
        require(ListingStatus.PAUSED, "resume");
        status = openStatus();
        touch(now);
    }

    /**
     * Units of this ITEM were sold through escrow: they leave the stock (never below 0: a sale the
     * seller agreed to is recorded even when the owner lowered the stock meanwhile). An ACTIVE
     * listing left with nothing sells out; a paused or withdrawn one keeps its status.
     */
    public void sell(int units, Instant now) {
        if (kind != ListingKind.ITEM) {
            throw new IllegalStateException("only ITEM listings sell units, not " + kind);
        }
        if (units < 1) {
            throw new IllegalArgumentException("a sale is of at least one unit, not " + units);
        }
        quantity = Math.max(0, quantity - units);
        soldUnits += units;
        if (status == ListingStatus.ACTIVE && quantity == 0) {
            status = ListingStatus.SOLD_OUT;
        }
        touch(now);
    }

    public void withdraw(Instant now) {
        requireNot(ListingStatus.WITHDRAWN, "withdraw");
        status = ListingStatus.WITHDRAWN;
        touch(now);
    }

    /** The shop moved; a listing offered where the shop is moves with it. */
    public void followShopTo(String shopAreaCell, Instant now) {
        areaCell = shopAreaCell;
        touch(now);
    }

    /** The listing's own position, or null when it is offered where the shop is. */
    public GeoPoint ownLocation() {
        return ownLocation;
    }

    public boolean isPlacedAtShop() {
        return ownLocation == null;
    }

    /**
     * Whether anyone may read it: while active, and once sold out (a buyer's link still shows what
     * was sold). Only ACTIVE listings are offered on shop pages.
     */
    public boolean isPubliclyVisible() {
        return status == ListingStatus.ACTIVE || status == ListingStatus.SOLD_OUT;
    }

    public boolean isItem() {
        return kind == ListingKind.ITEM;
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public ListingContent content() {
        return new ListingContent(
                kind,
                title,
                description,
                category,
                tags,
                price,
                unit,
                negotiable,
                quantity,
                AvailabilityJson.read(availabilityJson),
                ownLocation);
    }

    private void apply(ListingContent content, String newAreaCell, Instant now) {
        kind = content.kind();
        title = content.title();
        description = content.description();
        category = content.category();
        tags = List.copyOf(content.tags());
        price = content.price();
        unit = content.unit();
        negotiable = content.negotiable();
        quantity = content.quantity();
        availabilityJson = AvailabilityJson.write(content.availability());
        ownLocation = content.ownLocation();
        areaCell = newAreaCell;
        touch(now);
    }

    /** What an open listing is: ACTIVE while there is something to sell. */
    private ListingStatus openStatus() {
        return kind != ListingKind.ITEM || quantity > 0
                ? ListingStatus.ACTIVE
                : ListingStatus.SOLD_OUT;
    }

    private void touch(Instant now) {
        revision++;
        updatedAt = now;
    }

    private void require(ListingStatus expected, String action) {
        if (status != expected) {
            throw new IllegalListingTransitionException(action, status);
        }
    }

    private void requireNot(ListingStatus forbidden, String action) {
        if (status == forbidden) {
            throw new IllegalListingTransitionException(action, status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID shopId() {
        return shopId;
    }

    public String ownerId() {
        return ownerId;
    }

    public ListingStatus status() {
        return status;
    }

    public String areaCell() {
        return areaCell;
    }

    /** Units sold through escrow so far, kept across edits; only items sell. */
    public int soldUnits() {
        return soldUnits;
    }

    public long revision() {
        return revision;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
