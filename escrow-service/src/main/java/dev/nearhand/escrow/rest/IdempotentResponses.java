package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.service.IdempotencyService.Outcome;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The response to a request run under an {@code Idempotency-Key}, first time or replayed. */
final class IdempotentResponses {

    /** Tells a client that nothing ran again: this is the stored answer to an earlier request. */
    static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private IdempotentResponses() {}

    /** The outcome's stored status and body, with {@code location} when it is not null. */
    static <T> RestResponse<T> of(Outcome<T> outcome, URI location) {
        var builder =
                RestResponse.ResponseBuilder.create(
                        RestResponse.Status.fromStatusCode(outcome.status()), outcome.body());
        if (location != null) {
            builder.location(location);
        }
        if (outcome.replayed()) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }
}
