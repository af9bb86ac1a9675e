package dev.nearhand.platform;

import static dev.nearhand.platform.fixture.ProbeRequests.postedWidget;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A request with thousands of invalid values gets a problem of bounded size, not one per value. */
@QuarkusTest
class ValidationProblemSizeTest {

    @Test
    void shouldListTheFirstTwentyErrorsInFieldOrderAndCountThemAll() {
        posted("", 11, Collections.nCopies(1000, ""))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors", hasSize(20))
                .body("errors[0].field", equalTo("name"))
                .body("errors[1].field", equalTo("size"))
                .body("errors[2].field", equalTo("tags"))
                .body("errors[3].field", equalTo("tags[0]"))
                .body("errors[4].field", equalTo("tags[1]"))
                .body("errors[19].field", equalTo("tags[16]"))
                .body(
                        "detail",
                        endsWith(
                                "tags[15], tags[16] (1003 errors in all; the first 20 are listed)"));
    }

    @Test
    void shouldListEveryErrorWhenThereAreTwentyOrFewer() {
        // name, size, the list's length and 17 blank tags: exactly twenty.
        String tags =
                IntStream.range(0, 17)
                        .mapToObj(i -> "tags[" + i + "]")
                        .collect(Collectors.joining(", "));
        posted("", 11, Collections.nCopies(17, ""))
                .statusCode(400)
                .body("errors", hasSize(20))
                .body("detail", equalTo("Invalid value for: name, size, tags, " + tags));
    }

    private static ValidatableResponse posted(String name, int size, List<String> tags) {
        Map<String, Object> widget = new HashMap<>();
        widget.put("name", name);
        widget.put("size", size);
        widget.put("tags", tags);
        return postedWidget(widget);
    }
}
