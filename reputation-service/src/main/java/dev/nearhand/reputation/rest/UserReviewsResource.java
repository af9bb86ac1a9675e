package dev.nearhand.reputation.rest;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.reputation.Review;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import dev.nearhand.reputation.service.ReviewService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user's published reviews, public. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class UserReviewsResource {

    static final int DEFAULT_LIMIT = 20;

    private final ReviewService reviews;

    UserReviewsResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/{userId}/reviews")
    @Operation(
            summary = "Published reviews of a user, newest first, paged",
            description = "Hidden reviews never appear; reviewers are not identified.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(
            responseCode = "400",
            description = "A limit outside 1-100, or a cursor we did not issue")
    public Page<ReviewView> of(
            @PathParam("userId") String userId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, DEFAULT_LIMIT);
        List<Review> rows =
                reviews.publishedAbout(userId, PagePositions.decode(cursor), Page.rowsFor(size));
        return Page.of(
                rows,
                size,
                ReviewView::from,
                r -> PagePositions.after(new Position(r.publishedAt(), r.id())));
    }
}
