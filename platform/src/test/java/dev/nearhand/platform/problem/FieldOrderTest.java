package dev.nearhand.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Field errors listed as a client counts, whatever order validation reported them in. */
class FieldOrderTest {

    @Test
    void shouldOrderIndexesByValueAndAFieldBeforeItsParts() {
        List<String> expected =
                List.of(
                        "availability.weekly",
                        "availability.weekly[2]",
                        "availability.weekly[2].from",
                        "availability.weekly[10]",
                        "name",
                        "price.amount",
                        "tags",
                        "tags[9]",
                        "tags[10]",
                        "tags[100]");
        List<FieldError> shuffled = new ArrayList<>(errorsFor(expected));
        Collections.shuffle(shuffled, new Random(7));

        assertThat(FieldOrder.first(shuffled, 20))
                .extracting(FieldError::field)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void shouldKeepOnlyTheFirstInOrderWhenThereAreMore() {
        List<String> fields =
                IntStream.range(0, 5000).mapToObj(i -> "tags[" + (4999 - i) + "]").toList();

        assertThat(FieldOrder.first(errorsFor(fields), 3))
                .extracting(FieldError::field)
                .containsExactly("tags[0]", "tags[1]", "tags[2]");
    }

    @Test
    void shouldOrderTwoErrorsOfOneFieldByMessage() {
        List<FieldError> errors =
                List.of(new FieldError("title", "too short"), new FieldError("title", "blank"));

        assertThat(FieldOrder.first(errors, 20))
                .extracting(FieldError::message)
                .containsExactly("blank", "too short");
    }

    private static List<FieldError> errorsFor(List<String> fields) {
        return fields.stream().map(field -> new FieldError(field, "invalid")).toList();
    }
}
