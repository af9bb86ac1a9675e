package dev.nearhand.reputation.rest;

import dev.nearhand.platform.security.CurrentUser;
import dev.nearhand.reputation.Review;
import dev.nearhand.reputation.service.ReviewService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Writing a double-blind review, and reading one. */
@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reviews")
public class ReviewResource {

    private final ReviewService reviews;
    private final CurrentUser user;

    ReviewResource(ReviewService reviews, CurrentUser user) {
        this.reviews = reviews;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Review my counterpart in a released or resolved escrow",
            description =
                    "Hidden from everyone but me until both parties have reviewed or the review"
                            + " window closes; only then does it count.")
    @APIResponse(responseCode = "201", description = "Written (hidden or published), with Location")
    @APIResponse(responseCode = "400", description = "rating outside 1-5, or comment too long")
    @APIResponse(
            responseCode = "409",
            description = "Not finished, already reviewed, or the window closed")
    @APIResponse(
            responseCode = "422",
            description =
                    "escrowId names no escrow I took part in known here (yet); unknown and"
                            + " strangers' escrows read alike")
    public RestResponse<ReviewView> write(@Valid @NotNull ReviewRequest request) {
        Review review =
                reviews.write(user.id(), request.escrowId(), request.rating(), request.comment());
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.CREATED, ReviewView.forAuthor(review))
                .location(URI.create("/api/reviews/" + review.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A review: my own at any time, anyone's once published")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such review, or still hidden from me")
    public ReviewView get(@PathParam("id") UUID id) {
        String caller = user.id();
        Review review = reviews.readable(id, caller);
        return review.reviewerId().equals(caller)
                ? ReviewView.forAuthor(review)
                : ReviewView.from(review);
    }
}
