package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Listing's local copy of a seller's credit, kept from reputation's events for shop pages. */
@Entity
@Table(name = "credit_summary")
public class CreditSummary {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private int transaction;

    @Column(nullable = false)
    private int social;

    @Column(nullable = false)
    private String tier;

    @Column(name = "completed_trades", nullable = false)
    private int completedTrades;

    @Column(name = "credit_version", nullable = false)
    private long creditVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CreditSummary() {}

    /** The first credit state heard of a user. */
    public CreditSummary(
            String userId,
            long version,
            int transaction,
            int social,
            String tier,
            int completedTrades,
            Instant at) {
        this.userId = userId;
        this.creditVersion = version;
        this.transaction = transaction;
        this.social = social;
        this.tier = tier;
        this.completedTrades = completedTrades;
        this.updatedAt = at;
    }

    /**
     * Takes a newer credit state; an older or equal version arriving late is ignored.
     *
     * @return whether anything changed
     */
    public boolean update(
            long version,
            int transaction,
            int social,
            String tier,
            int completedTrades,
            Instant at) {
        if (version <= creditVersion) {
            return false;
        }
        this.creditVersion = version;
        this.transaction = transaction;
        this.social = social;
        this.tier = tier;
        this.completedTrades = completedTrades;
        this.updatedAt = at;
        return true;
    }

    public String userId() {
        return userId;
    }

    public int transaction() {
        return transaction;
    }

    public int social() {
        return social;
    }

    public String tier() {
        return tier;
    }

    public int completedTrades() {
        return completedTrades;
    }

    public long creditVersion() {
        return creditVersion;
    }
}
