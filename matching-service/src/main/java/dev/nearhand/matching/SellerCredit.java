package dev.nearhand.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A seller's credit as reputation last announced it; the highest credit version wins. */
@Entity
@Table(name = "seller_credit")
public class SellerCredit {

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

    protected SellerCredit() {}

    public SellerCredit(String userId) {
        this.userId = userId;
        this.creditVersion = -1;
    }

    /** Takes a newer credit state; an older or equal version arriving late is ignored. */
    public boolean apply(
            long version, int transaction, int social, String tier, int trades, Instant at) {
        if (version <= creditVersion) {
            return false;
        }
        this.creditVersion = version;
        this.transaction = transaction;
        this.social = social;
        this.tier = tier;
        this.completedTrades = trades;
        this.updatedAt = at;
        return true;
    }
}
