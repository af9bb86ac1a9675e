package dev.nearhand.listing;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** When a provider can be booked: weekly hours in a time zone, dated slots, or both. */
public record Availability(String timeZone, List<WeeklyHours> weekly, List<Slot> slots) {

    /** Open from {@code from} to {@code to} local time on {@code day} (MON..SUN). */
    public record WeeklyHours(String day, LocalTime from, LocalTime to) {}

    public record Slot(Instant start, Instant end) {}
}
