package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The days an item lent by the day is booked for: from {@code from} up to, not including, {@code
 * until}, the day it comes back (a room's check-out day is free for the next guest).
 */
@Embeddable
public record BookedDays(
        @Column(name = "booked_from") LocalDate from,
        @Column(name = "booked_until") LocalDate until) {

    public static BookedDays starting(LocalDate from, int days) {
        return new BookedDays(from, from.plusDays(days));
    }
}
