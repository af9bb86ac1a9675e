package dev.nearhand.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's current credit as last announced; its version grows with every change. */
@Entity
@Table(name = "credit")
public class Credit {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private int transaction;

    @Column(nullable = false)
    private int social;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tier tier;

    @Column(name = "completed_trades", nullable = false)
    private int completedTrades;

    @Column(name = "effective_evidence", nullable = false)
    private double effectiveEvidence;

    @Column(name = "credit_version", nullable = false)
    private long creditVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Credit() {}

    /** A user nothing is known about yet: the neutral prior, version 0 (never announced). */
    public static Credit prior(String userId, int priorTransaction, Instant now) {
        Credit credit = new Credit();
        credit.userId = userId;
        credit.transaction = priorTransaction;
        credit.social = 1000;
        credit.tier = Tier.NEW;
        credit.updatedAt = now;
        return credit;
    }

    /**
     * Takes a recomputed score.
     *
     * @return true when anything visible changed (and the version moved), false otherwise
     */
    public boolean update(Score score, Instant now) {
        effectiveEvidence = score.effectiveEvidence();
        if (score.transaction() == transaction
                && score.social() == social
                && score.tier() == tier
                && score.completedTrades() == completedTrades
                && creditVersion > 0) {
            return false;
        }
        transaction = score.transaction();
        social = score.social();
        tier = score.tier();
        completedTrades = score.completedTrades();
        creditVersion++;
        updatedAt = now;
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

    public Tier tier() {
        return tier;
    }

    public int completedTrades() {
        return completedTrades;
    }

    public double effectiveEvidence() {
        return effectiveEvidence;
    }

    public long creditVersion() {
        return creditVersion;
    }
}
