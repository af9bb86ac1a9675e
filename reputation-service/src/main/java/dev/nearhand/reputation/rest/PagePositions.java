package dev.nearhand.reputation.rest;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Opaque cursors of newest-first lists: the time and id of the last item of a page. */
final class PagePositions {

    private PagePositions() {}

    static Position decode(String cursor) {
        return Cursors.read(
                cursor,
                2,
                parts -> new Position(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1))));
    }

    /**
     * Rows to read for a page: one more than it shows, because only a row beyond a full page tells
     * that a next page exists (a last page can be full).
     */
    static int rowsFor(int limit) {
        return limit + 1;
    }

    /**
     * The page of the rows read with {@link #rowsFor}: at most {@code limit} items, with a cursor
     * only when a row beyond them was read.
     */
    static <T, V> Page<V> page(
            List<T> rows, int limit, Function<T, Position> position, Function<T, V> view) {
        if (rows.size() <= limit) {
            return new Page<>(rows.stream().map(view).toList(), null);
        }
        List<T> shown = rows.subList(0, limit);
        Position last = position.apply(shown.get(limit - 1));
        return new Page<>(
                shown.stream().map(view).toList(),
                Cursors.encode(last.at().toString(), last.id().toString()));
    }
}
