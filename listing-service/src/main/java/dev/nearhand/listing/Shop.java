package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user's shop: one per user, opened in one call, revised with every change. */
@Entity
@Table(name = "shop")
public class Shop {

    @Id private UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private String ownerId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> languages;

    @Embedded private GeoPoint location;

    @Column(name = "area_cell", nullable = false)
    private String areaCell;

    @Column(name = "service_radius_km", nullable = false)
    private double serviceRadiusKm;

    @Column(nullable = false)
    private long revision;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Shop() {}

    public static Shop open(String ownerId, ShopProfile profile, String areaCell, Instant now) {
        Shop shop = new Shop();
        shop.id = UUID.randomUUID();
        shop.ownerId = ownerId;
        shop.openedAt = now;
        shop.apply(profile, areaCell, now);
        return shop;
    }

    /**
     * Applies a new profile.
     *
     * @return true when the shop's area changed, so listings placed at the shop move with it
     */
    public boolean update(ShopProfile profile, String newAreaCell, Instant now) {
        boolean moved = !newAreaCell.equals(areaCell);
        apply(profile, newAreaCell, now);
        return moved;
    }

    private void apply(ShopProfile profile, String newAreaCell, Instant now) {
        displayName = profile.displayName();
        bio = profile.bio();
        languages = List.copyOf(profile.languages());
        location = profile.location();
        serviceRadiusKm = profile.serviceRadiusKm();
        areaCell = newAreaCell;
        revision++;
        updatedAt = now;
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public UUID id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public String displayName() {
        return displayName;
    }

    public String bio() {
        return bio;
    }

    public List<String> languages() {
        return languages;
    }

    public GeoPoint location() {
        return location;
    }

    public String areaCell() {
        return areaCell;
    }

    public double serviceRadiusKm() {
        return serviceRadiusKm;
    }

    public long revision() {
        return revision;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
