package dev.nearhand.listing.rest;

import dev.nearhand.platform.problem.InvalidFieldException;

/**
 * Reads query parameters by hand, so that a bad one is a 400 problem naming it (JAX-RS would answer
 * an unparseable number with a bare 404).
 */
final class QueryParams {

    private QueryParams() {}

    /** A whole number, or null when absent; range checks stay with the caller (Cursors.limit). */
    static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a whole number");
        }
    }
}
