package dev.nearhand.escrow;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.List;
import java.util.UUID;

/**
 * The escrow aggregate: guards its state machine ({@link EscrowMove}) and deadlines ({@link
 * EscrowTimeline}) and records each transition in its history. Money moves are the ledger's
 * business; the service moves money exactly when a transition here succeeds, in the same
 * transaction.
 */
@Entity
@Table(name = "escrow")
public class Escrow {

    /** The actor recorded for the timers' moves. */
    private static final String SYSTEM = "system";

    @Id private UUID id;

    @Column(name = "buyer_id")
    private String buyerId;

    @Column(name = "seller_id")
    private String sellerId;

    @Embedded private EscrowItem item;
    @Embedded private EscrowAmounts amounts;

    @Enumerated(EnumType.STRING)
    private EscrowStatus status;

    private long revision;
    @Embedded private EscrowTimeline timeline;

    @OneToMany(mappedBy = "escrow", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<EscrowTransition> history = new ArrayList<>();

    protected Escrow() {}

    /**
     * Opens an escrow on the terms of the local listing copy and today's fee rate, awaiting the
     * buyer's confirmation.
     */
    public static Escrow open(
            ListingCopy listing,
            String buyerId,
            int quantity,
            BookedDays bookedDays,
            BookedHours bookedHours,
            BigDecimal feePercent,
            Instant now) {
        Escrow escrow = new Escrow();
        escrow.id = UUID.randomUUID();
        escrow.buyerId = buyerId;
        escrow.sellerId = listing.sellerId();
        escrow.item = EscrowItem.of(listing, quantity, bookedDays, bookedHours);
        escrow.amounts = EscrowAmounts.forPurchase(listing.price(), quantity, feePercent);
        escrow.status = EscrowStatus.AWAITING_CONFIRMATION;
        escrow.timeline = EscrowTimeline.openedAt(now);
        escrow.record("create", buyerId, null, now);
        return escrow;
    }

    public void confirm(String actor, Instant now, Duration revokeWindow, Duration acceptWithin) {
        apply(EscrowMove.CONFIRM, actor, now);
        timeline = timeline.confirmedAt(now, revokeWindow, acceptWithin);
    }

    public void revoke(String actor, Instant now) {
        EscrowMove.REVOKE.requireFrom(status);
        if (!timeline.revokeWindowOpenAt(now)) {
            throw EscrowMove.REVOKE.refused(
                    status, ": the revoke window closed at " + timeline.revokeUntil());
        }
        apply(EscrowMove.REVOKE, actor, now);
    }

    public void accept(String actor, Instant now) {
        EscrowMove.ACCEPT.requireFrom(status);
        if (timeline.acceptanceOverdueAt(now)) {
            throw EscrowMove.ACCEPT.refused(
                    status, ": it had to be accepted by " + timeline.acceptBy());
        }
        apply(EscrowMove.ACCEPT, actor, now);
    }

    /** Only before the acceptance deadline: after it the escrow is due to expire, not declined. */
    public void decline(String actor, Instant now) {
        EscrowMove.DECLINE.requireFrom(status);
        if (timeline.acceptanceOverdueAt(now)) {
            throw EscrowMove.DECLINE.refused(
                    status, ": it had to be answered by " + timeline.acceptBy());
        }
        apply(EscrowMove.DECLINE, actor, now);
    }

    /** The acceptance timer: only once the deadline has passed. */
    public void expire(Instant now) {
        EscrowMove.EXPIRE.requireFrom(status);
        if (!timeline.acceptanceOverdueAt(now)) {
            throw EscrowMove.EXPIRE.refused(status, ": not due until " + timeline.acceptBy());
        }
        apply(EscrowMove.EXPIRE, SYSTEM, now);
    }

    public void deliver(String actor, Instant now, Duration autoReleaseAfter) {
        apply(EscrowMove.DELIVER, actor, now);
        timeline = timeline.deliveredAt(now, autoReleaseAfter);
    }

    public void release(String actor, Instant now) {
        apply(EscrowMove.RELEASE, actor, now);
    }

    /** The delivery timer: released for the buyer once the deadline has passed. */
    public void autoRelease(Instant now) {
        EscrowMove.AUTO_RELEASE.requireFrom(status);
        if (!timeline.autoReleaseDueAt(now)) {
            throw EscrowMove.AUTO_RELEASE.refused(
                    status, ": not due until " + timeline.releaseAt());
        }
        apply(EscrowMove.AUTO_RELEASE, SYSTEM, now);
    }

    /** Not once a delivery is due for auto-release: the timer may just not have fired yet. */
    public void dispute(String actor, Instant now) {
        EscrowMove.DISPUTE.requireFrom(status);
        if (timeline.autoReleaseDueAt(now)) {
            throw EscrowMove.DISPUTE.refused(
                    status, ": it was due for release at " + timeline.releaseAt());
        }
        apply(EscrowMove.DISPUTE, actor, now);
        timeline = timeline.withoutAutoRelease();
    }

    /** Splits the total: the seller's share (its fee charged on it), the rest back to the buyer. */
    public void resolve(String actor, Instant now, Amount share) {
        EscrowMove.RESOLVE.requireFrom(status);
        amounts = amounts.splitAt(share);
        apply(EscrowMove.RESOLVE, actor, now);
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

    private void apply(EscrowMove move, String actor, Instant now) {
        move.requireFrom(status);
        EscrowStatus previous = status;
        status = move.target();
        if (move.closes()) {
            timeline = timeline.closedAt(now);
        }
        record(move.action(), actor, previous, now);
    }

    private void record(String action, String actor, EscrowStatus from, Instant now) {
        revision++;
        history.add(new EscrowTransition(this, action, from, status, actor, now));
    }

    public UUID id() {
        return id;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public EscrowItem item() {
        return item;
    }

    public EscrowAmounts amounts() {
        return amounts;
    }

    public EscrowStatus status() {
        return status;
    }

    public long revision() {
        return revision;
    }

    public EscrowTimeline timeline() {
        return timeline;
    }

    public List<EscrowTransition> history() {
        return history;
    }
}
