package dev.nearhand.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a list as every Nearhand list is shaped: {@code nextCursor} is absent on the last page.
 */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    /** The largest page anyone may ask for. */
    public static final int MAX_LIMIT = 100;

    /**
     * Rows to read for a page of {@code limit}: one to spare, because only a row beyond the page
     * proves a next page exists (a last page can be exactly full).
     */
    public static int rowsFor(int limit) {
        return limit + 1;
    }

    /**
     * The page of rows read with {@link #rowsFor}: at most {@code limit} items, and a cursor after
     * the last of them only when a row was left over.
     */
    public static <R, T> Page<T> of(
            List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorAfter) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorAfter.apply(page.get(limit - 1)) : null;
        return new Page<>(page.stream().map(view).toList(), next);
    }
}
