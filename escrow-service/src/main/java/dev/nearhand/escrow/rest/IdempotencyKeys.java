package dev.nearhand.escrow.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads the {@code Idempotency-Key} header and fingerprints the request it comes with. */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 200;

    private final ObjectMapper mapper;
    private final HttpHeaders headers;

    IdempotencyKeys(ObjectMapper mapper, HttpHeaders headers) {
        this.mapper = mapper;
        this.headers = headers;
    }

    /**
     * The key of a request the public API lists it for (a top-up, opening an escrow): a 400 without
     * one. The moves on an escrow take it {@link #optional optionally}.
     */
    String required(String header) {
        String key = optional(header);
        if (key == null) {
            throw new InvalidFieldException(HEADER, "is required to top up or to open an escrow");
        }
        return key;
    }

    /** The key where it may be omitted; null when absent. */
    String optional(String header) {
        // The header parameter is the first of them: a retry sending only the second would run
        // the request again.
        List<String> sent = headers.getRequestHeader(HEADER);
        if (sent != null && sent.size() > 1) {
            throw new InvalidFieldException(HEADER, "must be sent once");
        }
        if (header == null || header.isBlank()) {
            return null;
        }
        if (header.length() > MAX_LENGTH) {
            throw new InvalidFieldException(
                    HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        return header.trim();
    }

    /** SHA-256 of method, path and body: the same key with another request is refused. */
    String fingerprint(String method, String path, Object body) {
        try {
            String text =
                    method
                            + " "
                            + path
                            + "\n"
                            + (body == null ? "" : mapper.writeValueAsString(body));
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
