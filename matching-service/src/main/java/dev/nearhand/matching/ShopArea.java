package dev.nearhand.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Where a shop works (its coarse area) and how far it travels: what needs/nearby looks around. */
@Entity
@Table(name = "shop")
public class ShopArea {

    @Id
    @Column(name = "shop_id")
    private UUID shopId;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false)
    private String cell;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(name = "service_radius_km", nullable = false)
    private double serviceRadiusKm;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ShopArea() {}

    public ShopArea(UUID shopId) {
        this.shopId = shopId;
        this.revision = -1;
    }

    /** Takes a newer snapshot; an older or equal revision is ignored (returns false). */
    public boolean apply(
            long revision,
            String ownerId,
            String cell,
            double lat,
            double lon,
            double serviceRadiusKm,
            Instant at) {
        if (revision <= this.revision) {
            return false;
        }
        this.revision = revision;
        this.ownerId = ownerId;
        this.cell = cell;
        this.lat = lat;
        this.lon = lon;
        this.serviceRadiusKm = serviceRadiusKm;
        this.updatedAt = at;
        return true;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }

    public double serviceRadiusKm() {
        return serviceRadiusKm;
    }
}
