package dev.nearhand.platform.paging;

import dev.nearhand.platform.problem.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Opaque cursors: the keyset position of the last item of a page, as URL-safe base64 of its parts.
 * Clients must not parse them; a tampered one is a 400, never a 500.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";

    /** The times a cursor of ours can hold: no row is older or younger. */
    private static final Instant EARLIEST = Instant.EPOCH;

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Cursors() {}

    public static String encode(String... parts) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor, or a 400 naming {@code cursor} when it is not one of ours. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(SEPARATOR, -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("cursor", "not a cursor this service issued");
        }
    }

    /**
     * Reads a cursor into a typed keyset position: null when there is no cursor, a 400 naming
     * {@code cursor} when it is not one of ours or its parts do not parse.
     */
    public static <T> T read(String cursor, int expectedParts, Function<List<String>, T> reader) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> parts = decode(cursor, expectedParts);
        try {
            return reader.apply(parts);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidFieldException("cursor", "not a cursor this service issued");
        }
    }

    /**
     * A time part of a cursor, for a {@link #read} reader. Instant.parse alone takes the year
     * +999999999, which PostgreSQL cannot compare with a timestamp: a forged cursor would fail as
     * an internal error instead of a 400.
     *
     * @throws IllegalArgumentException when it is no time or one no row of ours can have
     */
    public static Instant instant(String part) {
        Instant at = Instant.parse(part);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException("time out of range");
        }
        return at;
    }

    /**
     * The page size as the query gave it, as text: taken as an {@code Integer}, JAX-RS would answer
     * "abc" with a bare 404 instead of a 400 naming {@code limit}.
     */
    public static int limit(String requested, int defaultLimit) {
        if (requested == null || requested.isBlank()) {
            return defaultLimit;
        }
        try {
            return limit(Integer.valueOf(requested.strip()), defaultLimit);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("limit", "must be a whole number");
        }
    }

    /** Checks a requested page size against the house maximum. */
    public static int limit(Integer requested, int defaultLimit) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1 || requested > Page.MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
        return requested;
    }
}
