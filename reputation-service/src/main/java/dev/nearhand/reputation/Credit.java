package dev.nearhand.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

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

    // The evidence summed (CreditSums), under the rules named by sumsBasis; completed trades are
    // completedTrades. A null basis (a new row, or one from before the sums) means: rebuild.
    @Column(name = "sums_basis")
    private String sumsBasis;

    @Column(name = "sums_at")
    private Instant sumsAt;

    @Column(name = "praise_weight", nullable = false)
    private double praiseWeight;

    @Column(name = "praise_value", nullable = false)
    private double praiseValue;

    @Column(name = "other_weight", nullable = false)
    private double otherWeight;

    @Column(name = "other_value", nullable = false)
    private double otherValue;

    @Column(name = "social_penalty", nullable = false)
    private double socialPenalty;

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

    /** The evidence as summed at the last change, if summed under {@code basis}. */
    public Optional<CreditSums> sums(String basis) {
        if (!basis.equals(sumsBasis)) {
            return Optional.empty();
        }
        return Optional.of(
                new CreditSums(
                        sumsAt,
                        praiseWeight,
                        praiseValue,
                        otherWeight,
                        otherValue,
                        socialPenalty,
                        completedTrades));
    }

    /**
     * Takes a recomputed score and the sums it was computed from.
     *
     * @return true when anything visible changed (and the version moved), false otherwise
     */
    public boolean update(Score score, CreditSums sums, String basis, Instant now) {
        effectiveEvidence = score.effectiveEvidence();
        sumsBasis = basis;
        sumsAt = sums.at();
        praiseWeight = sums.praiseWeight();
        praiseValue = sums.praiseValue();
        otherWeight = sums.otherWeight();
        otherValue = sums.otherValue();
        socialPenalty = sums.socialPenalty();
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
