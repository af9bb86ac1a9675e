package dev.nearhand.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One party's review of the other after a finished trade. Double-blind: hidden from everyone but
 * its author until published (both parties reviewed, or the window closed).
 */
@Entity
@Table(name = "review")
public class Review {

    @Id private UUID id;

    @Column(name = "escrow_id", nullable = false, updatable = false)
    private UUID escrowId;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private String reviewerId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_role", nullable = false, updatable = false)
    private Role subjectRole;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(nullable = false, updatable = false)
    private String comment;

    @Column(nullable = false, updatable = false)
    private double weight;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "publish_after", nullable = false, updatable = false)
    private Instant publishAfter;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Review() {}

    /**
     * A hidden review of the reviewer's counterpart.
     *
     * @param weight how much it will count, frozen now: the reviewer's credibility today times the
     *     pair-repetition factor of the trade
     */
    public static Review write(
            Trade trade,
            String reviewerId,
            int rating,
            String comment,
            double weight,
            Instant now) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.escrowId = trade.escrowId();
        review.reviewerId = reviewerId;
        review.subjectId = trade.counterpartOf(reviewerId);
        review.subjectRole = trade.roleOf(review.subjectId);
        review.rating = rating;
        review.comment = comment == null ? "" : comment;
        review.weight = weight;
        review.createdAt = now;
        review.publishAfter = trade.reviewDeadline();
        return review;
    }

    /**
     * Reveals the review.
     *
     * @return false if it already was (then nothing more must happen)
     */
    public boolean publish(Instant now) {
        if (publishedAt != null) {
            return false;
        }
        publishedAt = now;
        return true;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Who may read it: its author always, anyone once it is published. */
    public boolean visibleTo(String userId) {
        return isPublished() || reviewerId.equals(userId);
    }

    /** 1 star is 0, 5 stars is 1. */
    public double value() {
        return (rating - 1) / 4.0;
    }

    public UUID id() {
        return id;
    }

    public UUID escrowId() {
        return escrowId;
    }

    public String reviewerId() {
        return reviewerId;
    }

    public String subjectId() {
        return subjectId;
    }

    public Role subjectRole() {
        return subjectRole;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public double weight() {
        return weight;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishAfter() {
        return publishAfter;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
