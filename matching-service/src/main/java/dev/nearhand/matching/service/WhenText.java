package dev.nearhand.matching.service;

import dev.nearhand.platform.problem.CalendarDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A need's {@code when}: "ISO time or free text", as NeedPosted promises. Free text ("today", "this
 * weekend") stays allowed on purpose: that is how people say when they need help. But a value that
 * starts like an ISO 8601 date (a year and a dash) will be read as one by whoever receives the
 * need, so it must be a real one: a date ({@code 2026-12-08}) or an instant in UTC ({@code
 * 2026-12-08T09:00:00Z}), never {@code 2026-13-45T99:00:00Z}. Such a date is also the day a need's
 * candidates must be free on, so its year has four digits, as search's {@code from} and {@code
 * until} have: ISO's expanded years ({@code -4714-11-23}, {@code +99999-01-01}), which Java reads
 * as dates too, are refused, not taken as free text that names a day PostgreSQL may not hold.
 */
public final class WhenText {

    /** What a client is told when {@link #isAcceptable} is false. */
    static final String RULE =
            "must be free text, or an ISO 8601 date (2026-12-08) or UTC time"
                    + " (2026-12-08T09:00:00Z) that exists, in a four-digit year";

    /** Starts with a year and a dash: four digits, or ISO's expanded form with a sign. */
    private static final Pattern LOOKS_ISO =
            Pattern.compile("([+-]\\d{4,}|\\d{4})-.*", Pattern.DOTALL);

    /** Starts with a four-digit year (0000 to 9999), the only ones a need's time may be in. */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-.*", Pattern.DOTALL);

    private WhenText() {}

    /** Whether {@code when} (absent, free text, or an ISO date or UTC time) may be posted. */
    static boolean isAcceptable(String when) {
        if (when == null) {
            return true;
        }
        String value = when.strip();
        return !LOOKS_ISO.matcher(value).matches() || isDate(value) || isUtcInstant(value);
    }

    /**
     * The calendar day an acceptable {@code when} names: the date, or a UTC time's date (as every
     * booked day is a UTC date); empty for free text and for none.
     */
    public static Optional<LocalDate> day(String when) {
        if (when == null) {
            return Optional.empty();
        }
        String value = when.strip();
        if (isDate(value)) {
            return Optional.of(CalendarDates.parse(value));
        }
        if (isUtcInstant(value)) {
            return Optional.of(LocalDate.ofInstant(Instant.parse(value), ZoneOffset.UTC));
        }
        return Optional.empty();
    }

    /** The instant an acceptable {@code when} names when it is a UTC time; empty otherwise. */
    public static Optional<Instant> moment(String when) {
        if (when == null) {
            return Optional.empty();
        }
        String value = when.strip();
        return isUtcInstant(value) ? Optional.of(Instant.parse(value)) : Optional.empty();
    }

    /** A day as the API writes days: LocalDate.parse alone also takes expanded years. */
    private static boolean isDate(String value) {
        try {
            CalendarDates.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Instant.parse also takes an offset (+08:00); a time in a need is UTC, as every API time, in a
     * four-digit year.
     */
    private static boolean isUtcInstant(String value) {
        if (!FOUR_DIGIT_YEAR.matcher(value).matches()) {
            return false;
        }
        try {
            Instant.parse(value);
            return value.endsWith("Z");
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
