package dev.nearhand.listing;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weekly hours always come with an IANA region time zone, and dated slots lie between 2000 and two
 * years from now, on creation and after every patch.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class AvailabilityValidationTest {

    private static final Map<String, Object> SATURDAY_MORNING =
            Map.of("day", "SAT", "from", "09:00", "to", "12:00");

    private String owner;

    @BeforeEach
    void openShop() {
        owner = ListingApi.newUser();
        ListingApi.openShop(owner);
    }

    @Test
    void shouldRefuseAPatchThatLeavesWeeklyHoursWithoutATimeZone() {
        String id = createWith(weekly("Asia/Taipei"));
        Map<String, Object> noZone = new HashMap<>();
        noZone.put("timeZone", null);

        refused(
                ListingApi.patch(owner, id, Map.of("availability", noZone)),
                "availability.timeZone");

        ListingApi.get(owner, id)
                .statusCode(200)
                .body("availability.timeZone", equalTo("Asia/Taipei"))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldRefuseWeeklyHoursWithoutATimeZoneOnCreationButNotSlots() {
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("availability", Map.of("weekly", List.of(SATURDAY_MORNING)));
        refused(ListingApi.create(owner, body), "availability.timeZone");

        String id = createWith(Map.of("slots", List.of(slot(days(1), days(1).plusSeconds(3600)))));
        ListingApi.get(owner, id).statusCode(200).body("availability.timeZone", equalTo(null));
    }

    @Test
    void shouldAcceptOnlyRegionTimeZonesOfTheIanaDatabase() {
        for (String notARegion :
                List.of(
                        "+08:00",
                        "GMT+8",
                        "UTC+1",
                        "UT+01:00",
                        "SystemV/PST8",
                        "Z",
                        "asia/taipei")) {
            Map<String, Object> body = ListingApi.serviceBody();
            body.put("availability", weekly(notARegion));
            refused(ListingApi.create(owner, body), "availability.timeZone");
        }
        for (String region :
                List.of("Europe/Berlin", "Asia/Taipei", "UTC", "Etc/UTC", "Etc/GMT-8")) {
            String id = createWith(weekly(region));
            ListingApi.get(owner, id)
                    .statusCode(200)
                    .body("availability.timeZone", equalTo(region));
        }
    }

    @Test
    void shouldRefuseSlotsOutsideTheYearsAListingCanBeBooked() {
        Instant start = days(1);
        List<Map<String, Object>> outOfRange =
                List.of(
                        slot(Instant.parse("-999999999-01-01T00:00:00Z"), start),
                        slot(start, Instant.parse("+999999999-12-31T23:59:59Z")),
                        slot(
                                Instant.parse("1999-12-31T23:00:00Z"),
                                Instant.parse("2000-01-01T01:00:00Z")),
                        slot(
                                start,
                                ZonedDateTime.now(ZoneOffset.UTC)
                                        .plusYears(2)
                                        .plusDays(1)
                                        .toInstant()));
        for (Map<String, Object> slot : outOfRange) {
            Map<String, Object> body = ListingApi.serviceBody();
            body.put("availability", Map.of("slots", List.of(slot)));
            refused(ListingApi.create(owner, body), "availability.slots[0]");
        }

        String id = createWith(Map.of("slots", List.of(slot(start, start.plusSeconds(3600)))));
        refused(
                ListingApi.patch(
                        owner,
                        id,
                        Map.of(
                                "availability",
                                Map.of(
                                        "slots",
                                        List.of(
                                                slot(start, start.plusSeconds(60)),
                                                slot(
                                                        start,
                                                        Instant.parse(
                                                                "+10000-01-01T00:00:00Z")))))),
                "availability.slots[1]");
    }

    @Test
    void shouldKeepSlotsFromThePastAndUpToTwoYearsAhead() {
        Instant past = Instant.parse("2024-03-01T08:00:00Z");
        Instant farAhead = ZonedDateTime.now(ZoneOffset.UTC).plusYears(2).minusDays(1).toInstant();
        String id =
                createWith(
                        Map.of(
                                "slots",
                                List.of(
                                        slot(past, past.plusSeconds(7200)),
                                        slot(farAhead.minusSeconds(3600), farAhead))));

        ListingApi.patch(owner, id, Map.of("title", "Tax advice, two hours"))
                .statusCode(200)
                .body("availability.slots[0].start", equalTo("2024-03-01T08:00:00Z"));
    }

    private String createWith(Map<String, Object> availability) {
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("availability", availability);
        return ListingApi.create(owner, body).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> weekly(String timeZone) {
        return Map.of("timeZone", timeZone, "weekly", List.of(SATURDAY_MORNING));
    }

    private static Map<String, Object> slot(Instant start, Instant end) {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    private static Instant days(int ahead) {
        return Instant.now()
                .plusSeconds(86_400L * ahead)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo(field));
    }
}
