package dev.nearhand.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses over-large bodies with a problem document before anything reads them. The HTTP layer's
 * own, higher limit stays as a backstop for bodies that do not declare their length.
 */
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(
            @ConfigProperty(name = "nearhand.http.max-body-bytes", defaultValue = "65536")
                    long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOverLargeBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return Problem.of(
                            400,
                            "malformed-request",
                            "Malformed request",
                            "Content-Length is not a number")
                    .toResponse();
        }
        return Problem.of(
                        413,
                        "body-too-large",
                        "Request body too large",
                        "The body may be at most " + maxBytes + " bytes")
                .toResponse();
    }
}
