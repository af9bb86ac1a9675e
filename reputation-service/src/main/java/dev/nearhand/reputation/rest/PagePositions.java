package dev.nearhand.reputation.rest;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import java.time.Instant;
import java.util.UUID;

/** Opaque cursors of newest-first lists: the time and id of the last item of a page. */
final class PagePositions {

    private PagePositions() {}

    static Position decode(String cursor) {
        return Cursors.read(
                cursor,
                2,
                parts -> new Position(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1))));
    }

    /** The next page's cursor, or null when this page was not full (the last one). */
    static String next(int pageSize, int limit, Instant at, UUID id) {
        return pageSize < limit ? null : Cursors.encode(at.toString(), id.toString());
    }
}
