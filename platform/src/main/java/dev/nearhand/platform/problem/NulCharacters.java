package dev.nearhand.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the NUL character wherever a request carries text: in a JSON string and in the path or
 * query. PostgreSQL cannot store it in text, so it would otherwise fail as an internal error deep
 * inside a transaction; here it is a 400 that names the field before anything runs.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFree()));
    }

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

    /** A JSON string with a NUL in it, refused with the field's path like any unreadable value. */
    static final class TextWithNul extends InvalidFormatException {
        TextWithNul(JsonParser parser, String value) {
            super(parser, "text contains a NUL character", value, String.class);
        }
    }

    /** Jackson's own string reading, then the check. */
    private static final class NulFree extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new TextWithNul(parser, value);
            }
            return value;
        }
    }
}
