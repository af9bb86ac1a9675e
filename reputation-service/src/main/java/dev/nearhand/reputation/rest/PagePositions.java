package dev.nearhand.reputation.rest;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.problem.InvalidFieldException;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Opaque cursors of newest-first lists: the time and id of the last item of a page. */
final class PagePositions {

    private PagePositions() {}

    static Position decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursors.decode(cursor, 2);
        try {
            return new Position(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidFieldException("cursor", "not a cursor this service issued");
        }
    }

    /** The next page's cursor, or null when this page was not full (the last one). */
    static String next(int pageSize, int limit, Instant at, UUID id) {
        return pageSize < limit ? null : Cursors.encode(at.toString(), id.toString());
    }
}
