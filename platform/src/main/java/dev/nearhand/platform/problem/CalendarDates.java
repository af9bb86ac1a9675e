package dev.nearhand.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Calendar days as the API writes them, {@code "2026-12-24"}, and nothing else. Jackson's own
 * reader also takes a count of days since 1970 ({@code 20807}), an array ({@code [2026,12,24]}), a
 * date-time whose time it drops and an empty string as no date at all, so a buyer who sent any of
 * them booked days they never named, or none. A year outside 0000-9999 is refused too: PostgreSQL
 * cannot hold some of them and no booking needs them.
 */
@Singleton
public class CalendarDates implements ObjectMapperCustomizer {

    /** What a client is told when a date is refused. */
    public static final String RULE = "must be a date such as 2026-12-24";

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("calendar-dates").addDeserializer(LocalDate.class, new Strict()));
    }

    /**
     * The day {@code text} names, as a query parameter or a JSON string must write it.
     *
     * @throws IllegalArgumentException when it is not {@code yyyy-MM-dd} or no such day exists
     */
    public static LocalDate parse(String text) {
        if (!ISO_DAY.matcher(text).matches()) {
            throw new IllegalArgumentException("not a yyyy-MM-dd date");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such day", e);
        }
    }

    /**
     * A day given as a query parameter: null when absent, a 400 naming {@code field} when it is not
     * one.
     */
    public static LocalDate param(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, RULE);
        }
    }

    @Override
    public int priority() {
        // After the framework's Java time module, so this reader is the one used for LocalDate.
        return MINIMUM_PRIORITY;
    }

    private static final class Strict extends StdDeserializer<LocalDate> {

        Strict() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new FlawedValue(parser, RULE, LocalDate.class);
            }
            try {
                return parse(parser.getText());
            } catch (IllegalArgumentException e) {
                throw new FlawedValue(parser, RULE, LocalDate.class);
            }
        }
    }
}
