package dev.nearhand.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A buyer's posted request, stored at the centre of its H3 cell (never the exact spot). Open until
 * its poster closes it or it expires.
 */
@Entity
@Table(name = "need")
public class Need {

    @Id
    @Column(name = "need_id")
    private UUID needId;

    @Column(name = "poster_id", nullable = false)
    private String posterId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String cell;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(name = "budget_amount")
    private BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    private String budgetCurrency;

    @Column(name = "when_text")
    private String when;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Need() {}

    public Need(
            UUID needId,
            String posterId,
            String text,
            String category,
            String cell,
            double lat,
            double lon,
            BigDecimal budgetAmount,
            String budgetCurrency,
            String when,
            Instant postedAt,
            Instant expiresAt) {
        this.needId = needId;
        this.posterId = posterId;
        this.text = text;
        this.category = category;
        this.cell = cell;
        this.lat = lat;
        this.lon = lon;
        this.budgetAmount = budgetAmount;
        this.budgetCurrency = budgetCurrency;
        this.when = when;
        this.postedAt = postedAt;
        this.expiresAt = expiresAt;
    }

    public boolean isOpenAt(Instant now) {
        return closedAt == null && expiresAt.isAfter(now);
    }

    public boolean isPostedBy(String userId) {
        return posterId.equals(userId);
    }

    /** Closes the need; closing a closed need changes nothing. */
    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public UUID needId() {
        return needId;
    }

    public String posterId() {
        return posterId;
    }

    public String text() {
        return text;
    }

    public String category() {
        return category;
    }

    public String cell() {
        return cell;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }

    public BigDecimal budgetAmount() {
        return budgetAmount;
    }

    public String budgetCurrency() {
        return budgetCurrency;
    }

    public String when() {
        return when;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
