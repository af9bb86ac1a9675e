package dev.nearhand.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses over-large bodies with a problem document: by their declared length before anything reads
 * them, and a body sent in chunks, which declares none, once more than the limit has arrived. The
 * HTTP layer's own, higher limit stays as a backstop.
 */
public class BodySizeLimit {

    /** What one array can hold: a configured limit above it is read that far. */
    private static final long MAX_READ = Integer.MAX_VALUE - 8;

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
        return tooLarge();
    }

    /**
     * A chunked body: read up to one byte past the limit, refused if it goes past, else handed on
     * as read (the framework has it in memory by now, so nothing more is held).
     */
    @ServerRequestFilter
    public Response refuseOverLargeChunkedBodies(ContainerRequestContext request)
            throws IOException {
        if (request.getHeaderString(HttpHeaders.CONTENT_LENGTH) != null || !request.hasEntity()) {
            return null;
        }
        byte[] body = request.getEntityStream().readNBytes((int) Math.min(maxBytes + 1, MAX_READ));
        if (body.length > maxBytes) {
            return tooLarge();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return null;
    }

    private Response tooLarge() {
        return Problem.of(
                        413,
                        "body-too-large",
                        "Request body too large",
                        "The body may be at most " + maxBytes + " bytes")
                .toResponse();
    }
}
