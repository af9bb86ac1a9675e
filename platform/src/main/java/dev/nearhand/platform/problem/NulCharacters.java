package dev.nearhand.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the NUL character in the path or query. PostgreSQL cannot store it in text, so it would
 * otherwise fail as an internal error deep inside a transaction; here it is a 400 before anything
 * runs. JSON bodies are checked by {@link StorableText}.
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInUri(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        if (!hasEncodedNul(uri.getRawPath()) && !hasEncodedNul(uri.getRawQuery())) {
            return null;
        }
        return Problem.of(
                        400,
                        "malformed-request",
                        "Malformed request",
                        "The path or query contains a NUL character (%00)")
                .toResponse();
    }

    private static boolean hasEncodedNul(String raw) {
        return raw != null && raw.toLowerCase(Locale.ROOT).contains("%00");
    }
}
