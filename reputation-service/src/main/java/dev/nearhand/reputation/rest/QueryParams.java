package dev.nearhand.reputation.rest;

import dev.nearhand.platform.problem.InvalidFieldException;
import java.util.Arrays;

/**
 * Reads query parameters by hand, so that a bad one is a 400 problem naming it (JAX-RS answers a
 * value it cannot convert with a bare 404).
 */
final class QueryParams {

    private QueryParams() {}

    /** One of the enum's names exactly as the API spells them, or null when absent. */
    static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidFieldException(
                                        field,
                                        "must be one of "
                                                + Arrays.toString(type.getEnumConstants())));
    }
}
