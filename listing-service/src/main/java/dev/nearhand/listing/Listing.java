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
 * by the rules of its {@link ListingStatus} and {@link Stock}, and counts every change in {@code
 * revision}, which consumers use to drop stale snapshots.
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

    @Embedded private Stock stock;

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
        listing.apply(content, Stock.unsold(content), areaCell, now);
        return listing;
    }

    /** Replaces the content; refused once withdrawn. */
    public void revise(ListingContent content, String newAreaCell, Instant now) {
        Stock revised = stock.revisedTo(content);
        status = status.revised(revised.hasSomethingToSell());
        apply(content, revised, newAreaCell, now);
    }

    public void pause(Instant now) {
        status = status.paused();
        touch(now);
    }

    public void resume(Instant now) {
        status = status.resumed(stock.hasSomethingToSell());
        touch(now);
    }

    /** Units of this ITEM, or of this listing while it was an ITEM, were sold through escrow. */
    public void sell(int units, Instant now) {
        stock = stock.afterSale(units);
        status = status.afterSale(stock.hasSomethingToSell());
        touch(now);
    }

    public void withdraw(Instant now) {
        status = status.withdrawn();
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

    /**
     * Whether anyone may read it: while active, and once sold out (a buyer's link still shows what
     * was sold). Only ACTIVE listings are offered on shop pages.
     */
    public boolean isPubliclyVisible() {
        return status.isOpen();
    }

    /** Whether escrow's sales of pieces count here: it is, or has been, an ITEM. */
    public boolean countsSales() {
        return stock.countsSales();
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public ListingContent content() {
        return new ListingContent(
                stock.kind(),
                title,
                description,
                category,
                tags,
                price,
                unit,
                negotiable,
                stock.quantity(),
                AvailabilityJson.read(availabilityJson),
                ownLocation);
    }

    private void apply(ListingContent content, Stock newStock, String newAreaCell, Instant now) {
        title = content.title();
        description = content.description();
        category = content.category();
        tags = List.copyOf(content.tags());
        price = content.price();
        unit = content.unit();
        negotiable = content.negotiable();
        stock = newStock;
        availabilityJson = AvailabilityJson.write(content.availability());
        ownLocation = content.ownLocation();
        areaCell = newAreaCell;
        touch(now);
    }

    private void touch(Instant now) {
        revision++;
        updatedAt = now;
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
        return stock.soldUnits();
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
