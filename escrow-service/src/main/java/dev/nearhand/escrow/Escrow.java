package dev.nearhand.escrow;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The escrow aggregate: guards its state machine and records each transition in its history. Money
 * moves are the ledger's business; the service moves money exactly when a transition here succeeds,
 * in the same transaction.
 */
@Entity
@Table(name = "escrow")
public class Escrow {

    public static final String SYSTEM = "system";

    @Id private UUID id;

    @Column(name = "listing_id")
    private UUID listingId;

    @Column(name = "buyer_id")
    private String buyerId;

    @Column(name = "seller_id")
    private String sellerId;

    private String category;
    private Place place;
    private String unit;
    private int quantity;
    private String currency;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    private BigDecimal total;
    private BigDecimal fee;

    @Column(name = "seller_share")
    private BigDecimal sellerShare;

    private BigDecimal refund;

    @Enumerated(EnumType.STRING)
    private EscrowStatus status;

    private long revision;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "revoke_until")
    private Instant revokeUntil;

    @Column(name = "accept_by")
    private Instant acceptBy;

    @Column(name = "release_at")
    private Instant releaseAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "escrow", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<EscrowTransition> history = new ArrayList<>();

    protected Escrow() {}

    /**
     * Opens an escrow on the terms of the local listing copy, awaiting the buyer's confirmation.
     */
    public static Escrow open(
            ListingCopy listing, String buyerId, int quantity, Amount fee, Instant now) {
        Escrow escrow = new Escrow();
        escrow.id = UUID.randomUUID();
        escrow.listingId = listing.listingId();
        escrow.buyerId = buyerId;
        escrow.sellerId = listing.sellerId();
        escrow.category = listing.category();
        escrow.place = listing.place();
        escrow.unit = listing.unit();
        escrow.quantity = quantity;
        escrow.currency = listing.price().currency();
        escrow.unitPrice = listing.price().value();
        escrow.total = listing.price().times(quantity).value();
        escrow.fee = fee.value();
        escrow.status = EscrowStatus.AWAITING_CONFIRMATION;
        escrow.createdAt = now;
        escrow.record("create", buyerId, null, now);
        return escrow;
    }

    public void confirm(String actor, Instant now, Duration revokeWindow, Duration acceptWithin) {
        move("confirm", actor, now, EscrowStatus.HELD, EscrowStatus.AWAITING_CONFIRMATION);
        confirmedAt = now;
        revokeUntil = now.plus(revokeWindow);
        acceptBy = now.plus(acceptWithin);
    }

    public void revoke(String actor, Instant now) {
        requireState("revoke", EscrowStatus.HELD);
        if (!now.isBefore(revokeUntil)) {
            throw new IllegalTransitionException(
                    "revoke", status, ": the revoke window closed at " + revokeUntil);
        }
        close("revoke", actor, now, EscrowStatus.REVOKED);
    }

    public void accept(String actor, Instant now) {
        requireState("accept", EscrowStatus.HELD);
        if (!now.isBefore(acceptBy)) {
            throw new IllegalTransitionException(
                    "accept", status, ": it had to be accepted by " + acceptBy);
        }
        move("accept", actor, now, EscrowStatus.ACCEPTED, EscrowStatus.HELD);
    }

    public void decline(String actor, Instant now) {
        requireState("decline", EscrowStatus.HELD);
        close("decline", actor, now, EscrowStatus.DECLINED);
    }

    /** The acceptance timer: only once the deadline has passed. */
    public void expire(Instant now) {
        requireState("expire", EscrowStatus.HELD);
        if (now.isBefore(acceptBy)) {
            throw new IllegalTransitionException("expire", status, ": not due until " + acceptBy);
        }
        close("expire", SYSTEM, now, EscrowStatus.EXPIRED);
    }

    public void deliver(String actor, Instant now, Duration autoReleaseAfter) {
        move("deliver", actor, now, EscrowStatus.DELIVERED, EscrowStatus.ACCEPTED);
        releaseAt = now.plus(autoReleaseAfter);
    }

    public void release(String actor, Instant now) {
        requireState("release", EscrowStatus.DELIVERED);
        close("release", actor, now, EscrowStatus.RELEASED);
    }

    /** The delivery timer: released for the buyer once the deadline has passed. */
    public void autoRelease(Instant now) {
        requireState("release", EscrowStatus.DELIVERED);
        if (now.isBefore(releaseAt)) {
            throw new IllegalTransitionException("release", status, ": not due until " + releaseAt);
        }
        close("auto-release", SYSTEM, now, EscrowStatus.RELEASED);
    }

    public void dispute(String actor, Instant now) {
        move(
                "dispute",
                actor,
                now,
                EscrowStatus.DISPUTED,
                EscrowStatus.ACCEPTED,
                EscrowStatus.DELIVERED);
        releaseAt = null;
    }

    /** Splits the total: the seller's share (its fee charged on it), the rest back to the buyer. */
    public void resolve(String actor, Instant now, Amount share, Amount feeOnShare) {
        requireState("resolve", EscrowStatus.DISPUTED);
        if (share.value().signum() < 0 || share.exceeds(total())) {
            throw new IllegalArgumentException("share outside 0.." + total);
        }
        sellerShare = share.value();
        refund = total().minus(share).value();
        fee = feeOnShare.value();
        close("resolve", actor, now, EscrowStatus.RESOLVED);
    }

    public boolean isParty(String userId) {
        return isBuyer(userId) || isSeller(userId);
    }

    public boolean isBuyer(String userId) {
        return buyerId.equals(userId);
    }

    public boolean isSeller(String userId) {
        return sellerId.equals(userId);
    }

    private void close(String action, String actor, Instant now, EscrowStatus target) {
        move(action, actor, now, target, status);
        closedAt = now;
        releaseAt = null;
    }

    private void move(
            String action, String actor, Instant now, EscrowStatus target, EscrowStatus... from) {
        requireState(action, from);
        EscrowStatus previous = status;
        status = target;
        record(action, actor, previous, now);
    }

    private void requireState(String action, EscrowStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException(action, status, "");
        }
    }

    private void record(String action, String actor, EscrowStatus from, Instant now) {
        revision++;
        history.add(new EscrowTransition(this, action, from, status, actor, now));
    }

    public UUID id() {
        return id;
    }

    public UUID listingId() {
        return listingId;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public String category() {
        return category;
    }

    public Place place() {
        return place;
    }

    public String unit() {
        return unit;
    }

    public int quantity() {
        return quantity;
    }

    public String currency() {
        return currency;
    }

    public Amount unitPrice() {
        return new Amount(unitPrice, currency);
    }

    public Amount total() {
        return new Amount(total, currency);
    }

    public Amount fee() {
        return new Amount(fee, currency);
    }

    public Amount sellerShare() {
        return sellerShare == null ? null : new Amount(sellerShare, currency);
    }

    public Amount refund() {
        return refund == null ? null : new Amount(refund, currency);
    }

    public EscrowStatus status() {
        return status;
    }

    public long revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant revokeUntil() {
        return revokeUntil;
    }

    public Instant acceptBy() {
        return acceptBy;
    }

    public Instant releaseAt() {
        return releaseAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<EscrowTransition> history() {
        return history;
    }
}
