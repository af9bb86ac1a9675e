package dev.nearhand.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value of the right type that the platform's readers still refuse, with what is wrong with
 * it; answered as a 400 naming the field and that flaw, like any bad value.
 */
final class FlawedValue extends InvalidFormatException {

    private final String flaw;

    FlawedValue(JsonParser parser, String flaw, Class<?> targetType) {
        // The value stays out of the exception: it may be what could not be shown or stored.
        super(parser, "value " + flaw, null, targetType);
        this.flaw = flaw;
    }

    /** What is wrong with the value, e.g. "contains a NUL character". */
    String flaw() {
        return flaw;
    }
}
