package dev.nearhand.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nearhand.platform.problem.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** A page size read from the query's text: absent is the default, anything else a whole number. */
class CursorsLimitTest {

    @Test
    void shouldTakeTheDefaultWhenLimitIsAbsentOrBlank() {
        assertThat(Cursors.limit((String) null, 20)).isEqualTo(20);
        assertThat(Cursors.limit(" ", 20)).isEqualTo(20);
    }

    @Test
    void shouldReadAWholeNumberWithinTheHouseMaximum() {
        assertThat(Cursors.limit("7", 20)).isEqualTo(7);
        assertThat(Cursors.limit(" 100 ", 20)).isEqualTo(Page.MAX_LIMIT);
    }

    @Test
    void shouldRefuseTextThatIsNoWholeNumberOrOutOfRangeNamingLimit() {
        for (String bad : new String[] {"abc", "1.5", "99999999999", "0", "101", "-3"}) {
            assertThatThrownBy(() -> Cursors.limit(bad, 20))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("limit"));
        }
    }
}
