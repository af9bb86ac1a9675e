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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** What a client is told when a time is refused. */
    public static final String TIME_RULE = "must be a time such as 2026-12-24T09:30:00Z";

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** RFC 3339: a four-digit year, seconds optional, and always the offset from UTC. */
    private static final Pattern ISO_TIME =
            Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

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

    /**
     * The instant {@code text} names, such as {@code 2026-12-24T09:30:00Z} or {@code
     * 2026-12-24T10:30+01:00}: a time without its offset from UTC means a different instant in
     * every time zone, so it is refused rather than guessed.
     *
     * @throws IllegalArgumentException when it is not such a time or no such time exists
     */
    public static Instant parseTime(String text) {
        if (!ISO_TIME.matcher(text).matches()) {
            throw new IllegalArgumentException("not an RFC 3339 time");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such time", e);
        }
    }

    /**
     * A time given as a JSON string field: null when absent, a 400 naming {@code field} when it is
     * not one. Blank is not absent: a client that sent {@code ""} asked for something.
     */
    public static Instant time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return parseTime(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, TIME_RULE);
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
