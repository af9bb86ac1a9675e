package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * When an escrow was opened, confirmed and closed, and the deadlines that follow: the revoke window
 * and the acceptance deadline from confirmation, the auto-release from delivery. The timers find
 * due escrows by these columns. Replaced, never changed in place.
 */
@Embeddable
public class EscrowTimeline {

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

    protected EscrowTimeline() {}

    private EscrowTimeline(
            Instant createdAt,
            Instant confirmedAt,
            Instant revokeUntil,
            Instant acceptBy,
            Instant releaseAt,
            Instant closedAt) {
        this.createdAt = createdAt;
        this.confirmedAt = confirmedAt;
        this.revokeUntil = revokeUntil;
        this.acceptBy = acceptBy;
        this.releaseAt = releaseAt;
        this.closedAt = closedAt;
    }

    static EscrowTimeline openedAt(Instant now) {
        return new EscrowTimeline(now, null, null, null, null, null);
    }

    EscrowTimeline confirmedAt(Instant now, Duration revokeWindow, Duration acceptWithin) {
        return new EscrowTimeline(
                createdAt,
                now,
                now.plus(revokeWindow),
                now.plus(acceptWithin),
                releaseAt,
                closedAt);
    }

    EscrowTimeline deliveredAt(Instant now, Duration autoReleaseAfter) {
        return new EscrowTimeline(
                createdAt,
                confirmedAt,
                revokeUntil,
                acceptBy,
                now.plus(autoReleaseAfter),
                closedAt);
    }

    /** Disputed or closed: nothing is released automatically any more. */
    EscrowTimeline withoutAutoRelease() {
        return new EscrowTimeline(createdAt, confirmedAt, revokeUntil, acceptBy, null, closedAt);
    }

    EscrowTimeline closedAt(Instant now) {
        return new EscrowTimeline(createdAt, confirmedAt, revokeUntil, acceptBy, null, now);
    }

    boolean revokeWindowOpenAt(Instant now) {
        return now.isBefore(revokeUntil);
    }

    /** Past the acceptance deadline: too late for the seller, due for the expiry timer. */
    boolean acceptanceOverdueAt(Instant now) {
        return !now.isBefore(acceptBy);
    }

    /** Delivered and past the auto-release deadline; never true without a deadline. */
    boolean autoReleaseDueAt(Instant now) {
        return releaseAt != null && !now.isBefore(releaseAt);
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

    /** Null unless delivered and neither disputed nor closed. */
    public Instant releaseAt() {
        return releaseAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
