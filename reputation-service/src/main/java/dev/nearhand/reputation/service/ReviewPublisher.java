package dev.nearhand.reputation.service;

import dev.nearhand.reputation.config.ReputationConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reveals reviews whose window closed. The deadline is a column, so a restart loses nothing: the
 * next run publishes whatever became due meanwhile.
 */
@ApplicationScoped
public class ReviewPublisher {

    private final ReviewService reviews;
    private final ReputationConfig config;

    ReviewPublisher(ReviewService reviews, ReputationConfig config) {
        this.reviews = reviews;
        this.config = config;
    }

    @Scheduled(
            every = "${reputation.reviews.publish-every:30s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.reviews().publisherEnabled()) {
            publishAllDue();
        }
    }

    /** Publishes batches until none is full; returns how many reviews were published. */
    public int publishAllDue() {
        int total = 0;
        int published;
        do {
            published = reviews.publishDue();
            total += published;
        } while (published == config.reviews().publishBatch());
        if (total > 0) {
            Log.infof("published %d reviews whose window closed", total);
        }
        return total;
    }
}
