package dev.nearhand.reputation.rest;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import java.util.UUID;

/** Opaque cursors of newest-first lists: the time and id of the last item of a page. */
final class PagePositions {

    private PagePositions() {}

    static Position decode(String cursor) {
        return Cursors.read(
                cursor,
                2,
                parts ->
                        new Position(Cursors.instant(parts.get(0)), UUID.fromString(parts.get(1))));
    }

    /** The cursor after a row at this position. */
    static String after(Position last) {
        return Cursors.encode(last.at().toString(), last.id().toString());
    }
}
