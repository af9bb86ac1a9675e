package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The time an item lent by the hour is booked for: from {@code start} up to, not including, {@code
 * end}, when it comes back (the next borrower may start at that moment).
 */
@Embeddable
public record BookedHours(
        @Column(name = "booked_start") Instant start, @Column(name = "booked_end") Instant end) {

    public static BookedHours starting(Instant start, int hours) {
        return new BookedHours(start, start.plus(Duration.ofHours(hours)));
    }
}
