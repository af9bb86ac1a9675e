package dev.nearhand.matching.rest;

import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.platform.problem.CalendarDates;
import dev.nearhand.platform.problem.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Reads query parameters by hand, so that a bad one is a 400 problem naming it (JAX-RS would answer
 * an unparseable number with a bare 404).
 */
final class QueryParams {

    static final Set<String> KINDS = Set.of("SERVICE", "KNOWLEDGE", "TIME", "ITEM");
    static final Set<String> UNITS = Set.of("HOUR", "SESSION", "DAY", "ITEM", "FIXED");

    /** Decimals of a stored price (listing.price_amount is NUMERIC(19, 4)). */
    private static final int AMOUNT_DECIMALS = 4;

    /** The largest stored price. */
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999999.9999");

    private QueryParams() {}

    static double requiredDouble(String field, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return optionalDouble(field, value, min, max, 0);
    }

    static double optionalDouble(
            String field, String value, double min, double max, double defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a number");
        }
        if (!(parsed >= min && parsed <= max)) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    /**
     * An amount a stored price can be compared with: listing prices are NUMERIC(19, 4), and a bound
     * PostgreSQL cannot hold as a numeric ({@code 1e200000}) would otherwise fail the query.
     */
    static BigDecimal optionalAmount(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a decimal amount");
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        if (amount.compareTo(LARGEST_AMOUNT) > 0) {
            throw new InvalidFieldException(field, "must be at most " + LARGEST_AMOUNT);
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
            throw new InvalidFieldException(
                    field, "must have at most " + AMOUNT_DECIMALS + " decimals");
        }
        return amount;
    }

    static Integer optionalInt(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new InvalidFieldException(field, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a whole number");
        }
    }

    static String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new InvalidFieldException(field, "must be one of " + allowed);
        }
        return upper;
    }

    /**
     * A currency to compare prices in: only money people pay with, the same rule as a need's
     * budget. XYZ or XAU is a client's mistake, answered as one rather than with an empty page.
     */
    static String currency(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[A-Z]{3}")) {
            throw new InvalidFieldException(field, "must be an ISO 4217 code such as TWD");
        }
        if (!Currencies.isMoney(value)) {
            throw new InvalidFieldException(field, Currencies.NOT_MONEY);
        }
        return value;
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** The longest stay a search can ask to be free: a year, and a day for a leap year. */
    static final int MOST_DAYS = 366;

    /**
     * {@code from} and {@code until}, both or neither, as what a search asks to be free: two days
     * as the API writes them ({@code 2026-12-24}), or two times with their offset from UTC ({@code
     * 2026-12-24T09:30:00Z}), which also ask items lent by the hour to be free throughout.
     * CalendarDates keeps years to 0000-9999: Java alone also reads ISO's expanded years, which
     * PostgreSQL cannot hold or which overflow the arithmetic below.
     */
    static SearchCriteria.FreeOn freeOn(String from, String until) {
        boolean fromGiven = from != null && !from.isBlank();
        boolean untilGiven = until != null && !until.isBlank();
        if (!fromGiven && !untilGiven) {
            return null;
        }
        if (!fromGiven || !untilGiven) {
            throw new InvalidFieldException(
                    fromGiven ? "until" : "from",
                    "is required with " + (fromGiven ? "from" : "until"));
        }
        boolean byTime = isTime(from);
        if (isTime(until) != byTime) {
            throw new InvalidFieldException(
                    "until", byTime ? "must be a time, as from is" : "must be a date, as from is");
        }
        return byTime ? times(from.trim(), until.trim()) : days(from, until);
    }

    private static boolean isTime(String value) {
        return value.indexOf('T') >= 0;
    }

    private static SearchCriteria.FreeOn days(String from, String until) {
        LocalDate first = CalendarDates.param("from", from);
        LocalDate end = CalendarDates.param("until", until);
        if (!end.isAfter(first)) {
            throw new InvalidFieldException("until", "must be after from");
        }
        if (end.isAfter(first.plusDays(MOST_DAYS))) {
            throw new InvalidFieldException(
                    "until", "must be at most " + MOST_DAYS + " days after from");
        }
        return SearchCriteria.FreeOn.days(first, end);
    }

    private static SearchCriteria.FreeOn times(String from, String until) {
        Instant start = CalendarDates.time("from", from);
        Instant end = CalendarDates.time("until", until);
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("until", "must be after from");
        }
        if (end.isAfter(start.plus(Duration.ofDays(MOST_DAYS)))) {
            throw new InvalidFieldException(
                    "until", "must be at most " + MOST_DAYS + " days after from");
        }
        return SearchCriteria.FreeOn.time(start, end);
    }
}
