package dev.nearhand.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A released escrow: a price someone really paid, per unit, where and when. */
@Entity
@Table(name = "completed_trade")
public class CompletedTrade {

    @Id
    @Column(name = "escrow_id")
    private UUID escrowId;

    @Column(name = "listing_id", nullable = false)
    private UUID listingId;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private String currency;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false)
    private String cell;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected CompletedTrade() {}

    public CompletedTrade(
            UUID escrowId,
            UUID listingId,
            String category,
            String unit,
            String currency,
            BigDecimal unitPrice,
            int quantity,
            String cell,
            double lat,
            double lon,
            Instant completedAt) {
        this.escrowId = escrowId;
        this.listingId = listingId;
        this.category = category;
        this.unit = unit;
        this.currency = currency;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.cell = cell;
        this.lat = lat;
        this.lon = lon;
        this.completedAt = completedAt;
    }
}
