package dev.nearhand.escrow.rest;

import dev.nearhand.platform.paging.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts a page from rows fetched with one row to spare: that extra row is how a page knows it is not
 * the last, so a last page that is exactly full gets no cursor to an empty page.
 */
final class Pages {

    private Pages() {}

    /** How many rows to fetch for a page of {@code limit}. */
    static int rowsFor(int limit) {
        return limit + 1;
    }

    static <R, T> Page<T> of(
            List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorAfter) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorAfter.apply(page.get(limit - 1)) : null;
        return new Page<>(page.stream().map(view).toList(), next);
    }
}
