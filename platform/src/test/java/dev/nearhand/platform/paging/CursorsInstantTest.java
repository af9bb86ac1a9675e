package dev.nearhand.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nearhand.platform.problem.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorsInstantTest {

    @Test
    void shouldReadATimeAnyRowCanHave() {
        String cursor = Cursors.encode("2026-12-07T22:15:00.123456Z", "a");

        Instant at = Cursors.read(cursor, 2, parts -> Cursors.instant(parts.get(0)));

        assertThat(at).isEqualTo(Instant.parse("2026-12-07T22:15:00.123456Z"));
    }

    @Test
    void shouldRefuseATimePostgresqlCannotCompareAsNotOurCursor() {
        for (String time :
                new String[] {
                    "+999999999-12-31T23:59:59Z",
                    "-4714-01-01T00:00:00Z",
                    "+10000-01-01T00:00:00Z",
                    "1969-12-31T23:59:59Z",
                    "yesterday"
                }) {
            String cursor = Cursors.encode(time, "a");

            assertThatThrownBy(
                            () -> Cursors.read(cursor, 2, parts -> Cursors.instant(parts.get(0))))
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("not a cursor this service issued");
        }
    }
}
