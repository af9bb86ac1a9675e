package dev.nearhand.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Reputation's copy of one escrow: its parties, amount and status, newest revision wins. */
@Entity
@Table(name = "trade")
public class Trade {

    @Id
    @Column(name = "escrow_id")
    private UUID escrowId;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private String buyerId;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private String sellerId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TradeStatus status;

    @Column(nullable = false)
    private long revision;

    @Column(name = "seller_share")
    private BigDecimal sellerShare;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "review_deadline")
    private Instant reviewDeadline;

    @Column(name = "pair_index")
    private Integer pairIndex;

    @Column(name = "effects_applied", nullable = false)
    private boolean effectsApplied;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Trade() {}

    /** A trade first heard of; its state is set by the first {@link #advance}. */
    public Trade(UUID escrowId, String buyerId, String sellerId) {
        this.escrowId = escrowId;
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.revision = -1;
    }

    /**
     * Takes a newer state of the escrow; a stale or repeated revision is ignored.
     *
     * @return whether the state moved forward
     */
    public boolean advance(
            long newRevision,
            TradeStatus newStatus,
            Money total,
            Money newSellerShare,
            String newCategory,
            Instant at,
            Duration reviewWindow) {
        if (newRevision <= revision) {
            return false;
        }
        revision = newRevision;
        status = newStatus;
        amount = total.amount();
        currency = total.currency();
        sellerShare = newSellerShare == null ? null : newSellerShare.amount();
        category = newCategory;
        updatedAt = at;
        if (newStatus.isTerminal() && finishedAt == null) {
            finishedAt = at;
            reviewDeadline = newStatus.isReviewable() ? at.plus(reviewWindow) : null;
        }
        return true;
    }

    /** Terminal and its credit effect not yet applied: the one moment to apply it. */
    public boolean awaitsEffects() {
        return status != null && status.isTerminal() && !effectsApplied;
    }

    /** Records that the effect is applied, with this trade's position among the pair's trades. */
    public void effectsApplied(Integer kthOfPair) {
        this.pairIndex = kthOfPair;
        this.effectsApplied = true;
    }

    /** The seller kept less than half the total after a dispute: the seller lost it. */
    public boolean sellerLostDispute() {
        BigDecimal share = sellerShare == null ? BigDecimal.ZERO : sellerShare;
        return share.multiply(BigDecimal.valueOf(2)).compareTo(amount) < 0;
    }

    public boolean isParty(String userId) {
        return buyerId.equals(userId) || sellerId.equals(userId);
    }

    /** Whether these two users are this trade's buyer and seller, in either role. */
    public boolean isBetween(String oneUser, String otherUser) {
        return (buyerId.equals(oneUser) && sellerId.equals(otherUser))
                || (buyerId.equals(otherUser) && sellerId.equals(oneUser));
    }

    public String counterpartOf(String userId) {
        return buyerId.equals(userId) ? sellerId : buyerId;
    }

    /** What the given party was in this trade. */
    public Role roleOf(String userId) {
        return buyerId.equals(userId) ? Role.BUYER : Role.SELLER;
    }

    /**
     * Closed from the deadline on: the same instant the publisher reveals the hidden reviews at
     * ({@code publish_after <= now}), so no moment lets a review be written after it is due.
     */
    public boolean reviewWindowClosedAt(Instant now) {
        return reviewDeadline != null && !now.isBefore(reviewDeadline);
    }

    public UUID escrowId() {
        return escrowId;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public TradeStatus status() {
        return status;
    }

    public Money total() {
        return new Money(amount, currency);
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant reviewDeadline() {
        return reviewDeadline;
    }

    public Integer pairIndex() {
        return pairIndex;
    }
}
