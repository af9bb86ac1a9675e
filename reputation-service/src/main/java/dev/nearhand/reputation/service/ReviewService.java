package dev.nearhand.reputation.service;

import dev.nearhand.reputation.AlreadyReviewedException;
import dev.nearhand.reputation.Evidence;
import dev.nearhand.reputation.EvidenceKind;
import dev.nearhand.reputation.Fact;
import dev.nearhand.reputation.NotYourEscrowException;
import dev.nearhand.reputation.Review;
import dev.nearhand.reputation.ReviewNotFoundException;
import dev.nearhand.reputation.ReviewWindowClosedException;
import dev.nearhand.reputation.Trade;
import dev.nearhand.reputation.TradeNotFinishedException;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.ReviewRepository;
import dev.nearhand.reputation.repository.TradeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Double-blind reviews: written hidden, revealed together when both parties have written or when
 * the window closes, and only then counted.
 */
@ApplicationScoped
public class ReviewService {

    private final ReviewRepository reviews;
    private final TradeRepository trades;
    private final CreditService credits;
    private final CreditCalculator calculator;
    private final ReputationConfig config;
    private final Clock clock;

    ReviewService(
            ReviewRepository reviews,
            TradeRepository trades,
            CreditService credits,
            CreditCalculator calculator,
            ReputationConfig config,
            Clock clock) {
        this.reviews = reviews;
        this.trades = trades;
        this.credits = credits;
        this.calculator = calculator;
        this.config = config;
        this.clock = clock;
    }

    /** Writes the reviewer's review of their counterpart; refused requests change nothing. */
    @Transactional
    public Review write(String reviewerId, UUID escrowId, int rating, String comment) {
        Instant now = clock.instant();
        // The trade's row lock serializes both parties' reviews: the second sees the first.
        Trade trade =
                trades.findForUpdate(escrowId)
                        .filter(t -> t.isParty(reviewerId))
                        .orElseThrow(() -> new NotYourEscrowException(escrowId));
        if (trade.status() == null || !trade.status().isReviewable()) {
            throw new TradeNotFinishedException(trade.status());
        }
        if (reviews.byEscrowAndReviewer(escrowId, reviewerId).isPresent()) {
            throw new AlreadyReviewedException();
        }
        if (trade.reviewWindowClosedAt(now)) {
            throw new ReviewWindowClosedException(trade.reviewDeadline());
        }
        // Locked, so a publisher revealing it as the window closes finishes first. Revealed means
        // the window closed (in the publisher's time): writing now would break the blind.
        Optional<Review> other =
                reviews.byEscrowAndReviewerForUpdate(escrowId, trade.counterpartOf(reviewerId));
        if (other.filter(Review::isPublished).isPresent()) {
            throw new ReviewWindowClosedException(trade.reviewDeadline());
        }
        double weight =
                credits.reviewerCredibility(reviewerId) * calculator.pairFactor(trade.pairIndex());
        Review review = Review.write(trade, reviewerId, rating, comment, weight, now);
        reviews.persist(review);
        other.ifPresent(first -> publish(List.of(first, review), now));
        return review;
    }

    /** A review the caller may read: its author's at any time, anyone's once published. */
    @Transactional
    public Review readable(UUID id, String callerId) {
        return reviews.findByIdOptional(id)
                .filter(r -> r.visibleTo(callerId))
                .orElseThrow(() -> new ReviewNotFoundException(id));
    }

    @Transactional
    public List<Review> publishedAbout(String userId, ReviewRepository.Position after, int limit) {
        return reviews.publishedAbout(userId, after, limit);
    }

    /**
     * Publishes hidden reviews whose window has closed. Safe to run on every replica at once.
     *
     * @return how many were published (a full batch means more may be due)
     */
    @Transactional
    public int publishDue() {
        Instant now = clock.instant();
        List<Review> due = reviews.claimDue(now, config.reviews().publishBatch());
        publish(due, now);
        return due.size();
    }

    /**
     * Reveals the reviews and counts the ones not yet counted. Each reviewed user's credit is
     * recomputed once, with all of their new reviews: a second recompute of one user in the same
     * transaction would announce the same version twice. Users are recomputed in id order, as
     * TradeService does, so two transactions never wait for each other's credit rows.
     */
    private void publish(List<Review> toPublish, Instant now) {
        Map<String, List<Fact>> touched = new TreeMap<>();
        for (Review review : toPublish) {
            if (review.publish(now)) {
                Evidence fact =
                        new Evidence(
                                review.subjectId(),
                                EvidenceKind.REVIEW,
                                review.value(),
                                review.weight() * config.weights().review(),
                                review.id(),
                                now);
                credits.add(fact);
                touched.computeIfAbsent(review.subjectId(), user -> new ArrayList<>())
                        .add(fact.fact());
            }
        }
        touched.forEach(credits::recompute);
    }
}
