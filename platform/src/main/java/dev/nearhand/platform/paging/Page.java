package dev.nearhand.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of a list as every Nearhand list is shaped: {@code nextCursor} is absent on the last page.
 */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    /** The largest page anyone may ask for. */
    public static final int MAX_LIMIT = 100;
}
