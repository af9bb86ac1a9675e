package dev.nearhand.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nearhand.platform.problem.CalendarDates;
import dev.nearhand.platform.problem.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A time is read only with its offset from UTC, in four-digit years, never guessed. */
class CalendarTimesTest {

    @Test
    void shouldReadATimeInUtcOrWithItsOffset() {
        assertThat(CalendarDates.time("startAt", "2026-12-24T09:30:00Z"))
                .isEqualTo(Instant.parse("2026-12-24T09:30:00Z"));
        assertThat(CalendarDates.time("startAt", "2026-12-24T15:00+05:30"))
                .isEqualTo(Instant.parse("2026-12-24T09:30:00Z"));
        assertThat(CalendarDates.time("startAt", "2026-12-24T09:30:00.250-01:00"))
                .isEqualTo(Instant.parse("2026-12-24T10:30:00.250Z"));
        assertThat(CalendarDates.time("startAt", null)).isNull();
    }

    @Test
    void shouldRefuseEveryOtherShapeNamingTheField() {
        for (String text :
                new String[] {
                    "",
                    " ",
                    "2026-12-24",
                    "2026-12-24T09:30:00", // no offset: a different instant in every zone
                    "2026-12-24 09:30:00Z",
                    "2026-12-24t09:30:00z",
                    "2026-12-24T24:30:00Z",
                    "2027-02-29T09:00:00Z",
                    "+10000-12-24T09:30:00Z",
                    "-4714-11-24T00:00:00Z",
                    "2026-12-24T09:30:00+25:00",
                    "1798190400"
                }) {
            assertThatThrownBy(() -> CalendarDates.time("startAt", text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            InvalidFieldException.class,
                            e -> {
                                assertThat(e.field()).isEqualTo("startAt");
                                assertThat(e.getMessage()).isEqualTo(CalendarDates.TIME_RULE);
                            });
        }
    }
}
