package dev.nearhand.platform;

import static dev.nearhand.platform.fixture.ProbeRequests.postedWidget;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A calendar day in a body is read only as the API writes it, never guessed from another shape. */
@QuarkusTest
class CalendarDatesTest {

    @Test
    void shouldReadADayWrittenAsTheApiWritesIt() {
        postedWidget("{\"name\":\"x\",\"size\":3,\"day\":\"2028-02-29\"}")
                .statusCode(200)
                .body("day", equalTo("2028-02-29"));
        postedWidget("{\"name\":\"x\",\"size\":3,\"day\":null}").statusCode(200);
    }

    @Test
    void shouldRefuseEveryOtherShapeOfADayNamingTheField() {
        for (String day :
                new String[] {
                    "20807", // days since 1970
                    "[2026,12,20]",
                    "\"\"",
                    "\"  \"",
                    "\"2026-12-20T00:00:00Z\"",
                    "\"2026-12-20T23:59:59+00:00\"",
                    "\"2027-02-29\"", // no such day
                    "\"2026-1-5\"",
                    "\"+10000-01-01\"",
                    "\"-4714-11-23\"", // before PostgreSQL's first day
                    "true",
                    "{\"year\":2026}"
                }) {
            postedWidget("{\"name\":\"x\",\"size\":3,\"day\":" + day + "}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/malformed-request"))
                    .body("errors[0].field", equalTo("day"))
                    .body("errors[0].message", equalTo("must be a date such as 2026-12-24"));
        }
    }
}
