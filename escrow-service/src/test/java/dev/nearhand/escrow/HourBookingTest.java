package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An item lent by the hour can be booked for a given time: at no moment is it paid for by more
 * buyers than the listing has units, even when they confirm at once, and the calendar shows which
 * times are taken without saying by whom.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class HourBookingTest {

    @Inject Scenario scenario;

    String seller;
    UUID space;
    LocalDate day;
    Instant nine;

    @BeforeEach
    void setUp() {
        seller = Scenario.user("seller");
        space = UUID.randomUUID();
        day = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        nine = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void shouldBookTheHoursAskedAndFreeThemWhenTheBuyerRevokes() {
        lent(1);
        String driver = Scenario.user("buyer");
        UUID parked = held(driver, at(9, 30), 3);

        given().auth()
                .oauth2(scenario.token(driver))
                .get("/api/escrows/" + parked)
                .then()
                .statusCode(200)
                .body("bookedStart", equalTo(at(9, 30).toString()))
                .body("bookedEnd", equalTo(at(12, 30).toString()))
                .body("bookedFrom", nullValue())
                .body("total.amount", equalTo("18.00"));

        String other = Scenario.user("buyer");
        expectHoursTaken(open(other, at(12, 0), 2), "booked at " + at(12, 0));
        expectHoursTaken(open(other, at(8, 0), 2), "booked at " + at(9, 30));
        expectHoursTaken(open(other, at(8, 0), 6), "booked at " + at(9, 30));
        // When the space comes back it is free for the next driver, and so is the time before.
        held(Scenario.user("buyer"), at(12, 30), 2);
        held(Scenario.user("buyer"), at(7, 30), 2);

        scenario.act(driver, parked, "revoke").then().statusCode(200);
        held(other, at(10, 0), 1);

        // matching learns the time from the events: taken at HELD, given back by the refund.
        try (KafkaProbe kafka = KafkaProbe.reading(Topics.ESCROW_ESCROWS)) {
            List<ConsumerRecord<String, String>> events =
                    kafka.awaitAtLeast(2, r -> r.key().equals(parked.toString()));
            for (ConsumerRecord<String, String> event : events) {
                GoldenSamples.assertSameShape(event.value(), "escrow/EscrowHeld.booked-hours.json");
                assertThat(event.value())
                        .contains(
                                "\"bookedStart\":\"" + at(9, 30) + "\"",
                                "\"bookedEnd\":\"" + at(12, 30) + "\"");
            }
        }
    }

    @Test
    void shouldBookAMomentAsOftenAsTheListingHasUnitsAndShowTheBusyTimes() {
        lent(2);
        held(Scenario.user("buyer"), at(9, 0), 2); // 9-11
        held(Scenario.user("buyer"), at(10, 0), 2); // 10-12
        String late = Scenario.user("buyer");
        UUID waiting = topUpAndOpen(late, at(11, 0), 1);

        expectHoursTaken(open(Scenario.user("buyer"), at(8, 0), 3), "All 2 of them are booked at");
        expectHoursTaken(open(Scenario.user("buyer"), at(10, 30), 1), at(10, 30).toString());
        held(Scenario.user("buyer"), at(11, 0), 3); // 11-14: one of the two is free from 11

        calendar(day, day.plusDays(1))
                .then()
                .statusCode(200)
                .body("unit", equalTo("HOUR"))
                .body("units", equalTo(2))
                .body("booked", nullValue())
                // 10-11 and 11-12 are booked twice each: one span.
                .body("bookedTimes.from", equalTo(List.of(text(9, 0), text(10, 0), text(12, 0))))
                .body("bookedTimes.until", equalTo(List.of(text(10, 0), text(12, 0), text(14, 0))))
                .body("bookedTimes.booked", equalTo(List.of(1, 2, 1)));
        // Opened while a unit was free at 11, it finds both taken when its buyer confirms.
        expectHoursTaken(scenario.act(late, waiting, "confirm"), "booked at " + at(11, 0));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousConfirmsBookTheSameHour() {
        for (int round = 0; round < 5; round++) {
            space = UUID.randomUUID();
            lent(1);
            List<String> drivers = List.of(Scenario.user("buyer"), Scenario.user("buyer"));
            List<UUID> stays =
                    List.of(
                            topUpAndOpen(drivers.get(0), at(9, 0), 2),
                            topUpAndOpen(drivers.get(1), at(10, 45), 2));
            List<Response> confirms = scenario.confirmTogether(drivers, stays);

            assertThat(confirms.stream().map(Response::statusCode).sorted().toList())
                    .containsExactly(200, 409);
            for (int i = 0; i < 2; i++) {
                boolean won = confirms.get(i).statusCode() == 200;
                assertThat(scenario.balance(drivers.get(i), "EUR"))
                        .containsExactly(
                                new BigDecimal(won ? "0.00" : "12.00"),
                                new BigDecimal(won ? "12.00" : "0.00"));
            }
        }
    }

    @Test
    void shouldRefuseTimesForWhatIsNotLentByTheHourOrOutOfReach() {
        UUID room = UUID.randomUUID();
        scenario.sendItem(room, seller, 1, "ACTIVE", 1, 0, "DAY", "50.00", "EUR");
        expectInvalidStartAt(
                scenario.open(
                        Scenario.user("buyer"), UUID.randomUUID().toString(), body(room, nine, 1)),
                "only an item lent by the hour is booked by time; this item is lent by the day: name its"
                        + " startDate");

        lent(1);
        Map<String, Object> byDate = new HashMap<>(body(space, nine, 1));
        byDate.remove("startAt");
        byDate.put("startDate", day.toString());
        scenario.open(Scenario.user("buyer"), UUID.randomUUID().toString(), byDate)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("lent by the hour: name its startAt"));

        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        expectInvalidStartAt(
                open(Scenario.user("buyer"), now.minus(Duration.ofHours(2)), 1), "past");
        expectInvalidStartAt(
                open(Scenario.user("buyer"), now.plus(Duration.ofDays(367)), 1), "ahead");
        expectInvalidStartAt(open(Scenario.user("buyer"), nine.plusSeconds(30), 1), "whole minute");
        // A driver at the space at 10:20 may still book it from 10:00.
        held(Scenario.user("buyer"), now.minus(Duration.ofMinutes(20)), 1);
    }

    @Test
    void shouldReadAStartOnlyAsATimeWithItsOffset() {
        lent(1);
        for (Object startAt :
                new Object[] {
                    "", " ", 1798190400, List.of(2026, 12, 24), day.toString(), day + "T09:00:00"
                }) {
            Map<String, Object> body = new HashMap<>(body(space, nine, 1));
            body.put("startAt", startAt);

            Response refused =
                    scenario.open(Scenario.user("buyer"), UUID.randomUUID().toString(), body);

            refused.then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("startAt"));
        }
        Map<String, Object> withOffset = new HashMap<>(body(space, nine, 1));
        withOffset.put("startAt", day + "T10:00:00+01:00");
        String buyer = Scenario.user("buyer");
        scenario.topUp(buyer, "6.00", "EUR");
        scenario.open(buyer, UUID.randomUUID().toString(), withOffset)
                .then()
                .statusCode(201)
                .body("bookedStart", equalTo(nine.toString()));
    }

    @Test
    void shouldShowTheCalendarToAnyoneWithoutSayingWho() {
        lent(1);
        UUID parked = held(Scenario.user("buyer"), at(23, 0), 2);

        Response shown = calendar(day.plusDays(1), day.plusDays(2));
        shown.then()
                .statusCode(200)
                .body("listingId", equalTo(space.toString()))
                .body("bookedTimes.from", equalTo(List.of(day.plusDays(1) + "T00:00:00Z")))
                .body("bookedTimes.until", equalTo(List.of(day.plusDays(1) + "T01:00:00Z")));
        assertThat(shown.asString()).doesNotContain(parked.toString()).doesNotContain("buyer");

        scenario.sendItem(space, seller, 2, "PAUSED", 1, 0, "HOUR", "6.00", "EUR");
        given().queryParam("listingId", space)
                .get("/api/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("listingId"));
    }

    private void lent(int units) {
        scenario.sendItem(space, seller, 1, "ACTIVE", units, 0, "HOUR", "6.00", "EUR");
    }

    private Instant at(int hour, int minute) {
        return day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    private String text(int hour, int minute) {
        return at(hour, minute).toString();
    }

    private UUID held(String buyer, Instant start, int hours) {
        UUID id = topUpAndOpen(buyer, start, hours);
        scenario.act(buyer, id, "confirm").then().statusCode(200);
        return id;
    }

    private UUID topUpAndOpen(String buyer, Instant start, int hours) {
        scenario.topUp(
                buyer,
                new BigDecimal("6.00").multiply(BigDecimal.valueOf(hours)).toString(),
                "EUR");
        return UUID.fromString(
                open(buyer, start, hours)
                        .then()
                        .statusCode(201)
                        .body("bookedStart", equalTo(start.toString()))
                        .extract()
                        .path("id"));
    }

    private Response open(String buyer, Instant start, int hours) {
        return scenario.open(buyer, UUID.randomUUID().toString(), body(space, start, hours));
    }

    private static Map<String, Object> body(UUID listing, Instant start, int hours) {
        return Map.of(
                "listingId", listing.toString(), "quantity", hours, "startAt", start.toString());
    }

    private Response calendar(LocalDate from, LocalDate until) {
        return given().queryParam("listingId", space)
                .queryParam("from", from.toString())
                .queryParam("until", until.toString())
                .get("/api/bookings");
    }

    private static void expectHoursTaken(Response response, String detail) {
        response.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/hours-taken"))
                .body("detail", containsString(detail));
    }

    private static void expectInvalidStartAt(Response response, String message) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startAt"))
                .body("errors[0].message", containsString(message));
    }
}
