package dev.nearhand.reputation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nearhand.reputation.Review;
import dev.nearhand.reputation.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * A review as its reader may see it: {@code role} is what the reviewed user was in the trade. The
 * escrow and the hidden-until time are shown to the review's author only; no reviewer identity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(
        UUID id,
        int rating,
        String comment,
        Role role,
        boolean published,
        Instant publishedAt,
        UUID escrowId,
        Instant hiddenUntil) {

    /** What the author sees of their own review. */
    public static ReviewView forAuthor(Review review) {
        return new ReviewView(
                review.id(),
                review.rating(),
                review.comment(),
                review.subjectRole(),
                review.isPublished(),
                review.publishedAt(),
                review.escrowId(),
                review.isPublished() ? null : review.publishAfter());
    }

    /** What anyone sees of a published review. */
    public static ReviewView from(Review review) {
        return new ReviewView(
                review.id(),
                review.rating(),
                review.comment(),
                review.subjectRole(),
                true,
                review.publishedAt(),
                null,
                null);
    }
}
