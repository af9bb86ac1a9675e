package dev.nearhand.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query whose percent-encoded bytes are not text PostgreSQL can store: the NUL
 * character, and bytes that are not UTF-8 (a lone surrogate such as {@code %ED%A0%80}, an overlong
 * {@code %C0%80}, a sequence cut short). Decoding would otherwise turn the latter into U+FFFD
 * silently, so a search or an id would quietly mean something else than was sent. JSON bodies are
 * checked by {@link StorableText}. A percent sign not followed by two hex digits never gets this
 * far: Quarkus's HTTP layer answers it with a bodiless 400 before any filter runs.
 */
public class UriText {

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnstorableText(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String problem = problemIn(uri.getRawPath());
        if (problem == null) {
            problem = problemIn(uri.getRawQuery());
        }
        if (problem == null) {
            return null;
        }
        return Problem.of(400, "malformed-request", "Malformed request", problem).toResponse();
    }

    /** What is wrong with this raw path or query, or null when it decodes to storable text. */
    private static String problemIn(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return null;
        }
        byte[] bytes = percentDecoded(raw);
        for (byte b : bytes) {
            if (b == 0) {
                return "The path or query contains a NUL character (%00)";
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return null;
        } catch (CharacterCodingException e) {
            return "The path or query has percent-encoded bytes that are not UTF-8 text";
        }
    }

    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int escape = raw.indexOf('%', i);
            int plainEnd = escape < 0 ? raw.length() : escape;
            bytes.writeBytes(raw.substring(i, plainEnd).getBytes(StandardCharsets.UTF_8));
            if (escape < 0) {
                break;
            }
            if (isEscape(raw, escape)) {
                bytes.write(HexFormat.fromHexDigits(raw, escape + 1, escape + 3));
                i = escape + 3;
            } else {
                bytes.write('%');
                i = escape + 1;
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isEscape(String raw, int percent) {
        return percent + 2 < raw.length()
                && HexFormat.isHexDigit(raw.charAt(percent + 1))
                && HexFormat.isHexDigit(raw.charAt(percent + 2));
    }
}
