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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An item lent by the day can be booked for given days: no day is paid for by more buyers than the
 * listing has units, even when they confirm at the same moment, and the calendar shows which days
 * are taken without saying by whom.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class DayBookingTest {

    @Inject Scenario scenario;

    String seller;
    UUID room;
    LocalDate day;

    @BeforeEach
    void setUp() {
        seller = Scenario.user("seller");
        room = UUID.randomUUID();
        day = LocalDate.now(ZoneOffset.UTC).plusDays(30);
    }

    @Test
    void shouldBookTheNightsAskedAndFreeThemWhenTheBuyerRevokes() {
        lent(1);
        String guest = Scenario.user("buyer");
        UUID stay = held(guest, day, 3);

        given().auth()
                .oauth2(scenario.token(guest))
                .get("/api/escrows/" + stay)
                .then()
                .statusCode(200)
                .body("bookedFrom", equalTo(day.toString()))
                .body("bookedUntil", equalTo(day.plusDays(3).toString()))
                .body("total.amount", equalTo("150.00"));

        String other = Scenario.user("buyer");
        expectDaysTaken(open(other, day.plusDays(2), 2), "booked on " + day.plusDays(2));
        expectDaysTaken(open(other, day.minusDays(1), 2), "booked on " + day);
        // The day the room comes back is free for the next guest.
        held(Scenario.user("buyer"), day.plusDays(3), 2);

        scenario.act(guest, stay, "revoke").then().statusCode(200);
        held(other, day.plusDays(2), 1);

        // matching learns the days from the events: taken at HELD, given back by the refund.
        try (KafkaProbe kafka = KafkaProbe.reading(Topics.ESCROW_ESCROWS)) {
            List<ConsumerRecord<String, String>> events =
                    kafka.awaitAtLeast(2, r -> r.key().equals(stay.toString()));
            for (ConsumerRecord<String, String> event : events) {
                GoldenSamples.assertSameShape(event.value(), "escrow/EscrowHeld.booked-days.json");
                assertThat(event.value())
                        .contains(
                                "\"bookedFrom\":\"" + day + "\"",
                                "\"bookedUntil\":\"" + day.plusDays(3) + "\"");
            }
        }
    }

    @Test
    void shouldBookNothingUntilTheBuyerConfirms() {
        lent(1);
        String late = Scenario.user("buyer");
        UUID waiting = topUpAndOpen(late, day, 2);

        held(Scenario.user("buyer"), day, 2);

        expectDaysTaken(scenario.act(late, waiting, "confirm"), "booked on " + day);
        assertThat(scenario.balance(late, "EUR"))
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("0.00"));
        calendar(day, day.plusDays(7))
                .then()
                .statusCode(200)
                .body("booked.date", equalTo(List.of(day.toString(), day.plusDays(1).toString())))
                .body("booked.booked", equalTo(List.of(1, 1)));
    }

    @Test
    void shouldBookADayAsOftenAsTheListingHasUnits() {
        lent(2);
        held(Scenario.user("buyer"), day, 2);
        held(Scenario.user("buyer"), day.plusDays(1), 2);

        expectDaysTaken(open(Scenario.user("buyer"), day, 3), "All 2 of them are booked on");
        held(Scenario.user("buyer"), day.plusDays(2), 1);

        calendar(day, day.plusDays(4))
                .then()
                .statusCode(200)
                .body("units", equalTo(2))
                .body("from", equalTo(day.toString()))
                .body("until", equalTo(day.plusDays(4).toString()))
                .body(
                        "booked.date",
                        equalTo(
                                List.of(
                                        day.toString(),
                                        day.plusDays(1).toString(),
                                        day.plusDays(2).toString())))
                .body("booked.booked", equalTo(List.of(1, 2, 2)));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousConfirmsBookTheSameNight() {
        for (int round = 0; round < 5; round++) {
            room = UUID.randomUUID();
            lent(1);
            List<String> guests = List.of(Scenario.user("buyer"), Scenario.user("buyer"));
            List<UUID> stays =
                    List.of(
                            topUpAndOpen(guests.get(0), day, 2),
                            topUpAndOpen(guests.get(1), day.plusDays(1), 2));
            List<Response> confirms = scenario.confirmTogether(guests, stays);

            assertThat(confirms.stream().map(Response::statusCode).sorted().toList())
                    .containsExactly(200, 409);
            for (int i = 0; i < 2; i++) {
                boolean won = confirms.get(i).statusCode() == 200;
                assertThat(scenario.balance(guests.get(i), "EUR"))
                        .containsExactly(
                                new BigDecimal(won ? "0.00" : "100.00"),
                                new BigDecimal(won ? "100.00" : "0.00"));
            }
        }
    }

    @Test
    void shouldRefuseDatesForWhatIsNotLentByTheDayOrOutOfTheCalendar() {
        UUID drill = UUID.randomUUID();
        scenario.sendItem(drill, seller, 1, "ACTIVE", 3, 0, "ITEM", "40.00", "EUR");
        expectInvalidStartDate(
                scenario.open(
                        Scenario.user("buyer"), UUID.randomUUID().toString(), body(drill, day, 1)),
                "only an item lent by the day is booked by date; this item is priced per item");

        lent(1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expectInvalidStartDate(open(Scenario.user("buyer"), today.minusDays(2), 1), "past");
        expectInvalidStartDate(open(Scenario.user("buyer"), today.plusDays(367), 1), "ahead");
        scenario.open(
                        Scenario.user("buyer"),
                        UUID.randomUUID().toString(),
                        Map.of(
                                "listingId",
                                room.toString(),
                                "quantity",
                                1,
                                "startDate",
                                "2026-13-45"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void shouldReadAStartDateOnlyAsTheApiWritesADay() {
        lent(1);
        for (Object startDate :
                new Object[] {"", " ", 20807, List.of(2026, 12, 20), day + "T00:00:00Z"}) {
            Map<String, Object> body = new HashMap<>(body(room, day, 1));
            body.put("startDate", startDate);

            expectInvalidStartDate(
                    scenario.open(Scenario.user("buyer"), UUID.randomUUID().toString(), body),
                    "must be a date such as 2026-12-24");
        }
        Map<String, Object> noQuantity = new HashMap<>(body(room, day, 1));
        noQuantity.put("quantity", "");
        expectInvalid(
                scenario.open(Scenario.user("buyer"), UUID.randomUUID().toString(), noQuantity),
                "quantity");
    }

    @Test
    void shouldStillLendWithoutDatesToABuyerWhoNamesNone() {
        lent(1);
        held(Scenario.user("buyer"), day, 2);

        UUID undated = scenario.held(Scenario.user("buyer"), room, 2, "100.00", "EUR");

        given().auth()
                .oauth2(scenario.token(seller))
                .get("/api/escrows/" + undated)
                .then()
                .statusCode(200)
                .body("bookedFrom", nullValue())
                .body("bookedUntil", nullValue());
    }

    @Test
    void shouldShowTheCalendarToAnyoneAndRefuseWhatItCannotShow() {
        lent(1);
        UUID stay = held(Scenario.user("buyer"), day, 1);

        Response shown = calendar(day.minusDays(1), day.plusDays(1));
        shown.then()
                .statusCode(200)
                .body("listingId", equalTo(room.toString()))
                .body("booked.date", equalTo(List.of(day.toString())));
        assertThat(shown.asString()).doesNotContain(stay.toString()).doesNotContain("buyer");

        given().queryParam("listingId", room)
                .get("/api/bookings")
                .then()
                .statusCode(200)
                .body(
                        "until",
                        equalTo(
                                LocalDate.parse(
                                                given().queryParam("listingId", room)
                                                        .get("/api/bookings")
                                                        .path("from"))
                                        .plusDays(90)
                                        .toString()));
        expectInvalid(calendar(day, day), "until");
        // The default window never ends past what the API can write back.
        given().queryParam("listingId", room)
                .queryParam("from", "9999-12-01")
                .get("/api/bookings")
                .then()
                .statusCode(200)
                .body("until", equalTo("9999-12-31"));
        expectInvalid(calendar(day, day.plusDays(367)), "until");
        expectInvalid(given().queryParam("listingId", "nope").get("/api/bookings"), "listingId");
        expectInvalid(given().get("/api/bookings"), "listingId");
        expectInvalid(
                given().queryParam("listingId", UUID.randomUUID()).get("/api/bookings"),
                "listingId");
        for (String from : new String[] {"soon", "-4714-11-23", "+10000-01-01", "2026-12-7"}) {
            expectInvalid(
                    given().queryParam("listingId", room)
                            .queryParam("from", from)
                            .get("/api/bookings"),
                    "from");
        }
    }

    @Test
    void shouldShowNoCalendarOfAListingNotOnSale() {
        lent(1);
        held(Scenario.user("buyer"), day, 1);

        for (String status : new String[] {"PAUSED", "WITHDRAWN"}) {
            scenario.sendItem(room, seller, 2, status, 1, 0, "DAY", "50.00", "EUR");

            expectInvalid(given().queryParam("listingId", room).get("/api/bookings"), "listingId");
        }
    }

    private void lent(int units) {
        scenario.sendItem(room, seller, 1, "ACTIVE", units, 0, "DAY", "50.00", "EUR");
    }

    private UUID held(String buyer, LocalDate from, int days) {
        UUID id = topUpAndOpen(buyer, from, days);
        scenario.act(buyer, id, "confirm").then().statusCode(200);
        return id;
    }

    private UUID topUpAndOpen(String buyer, LocalDate from, int days) {
        scenario.topUp(
                buyer,
                new BigDecimal("50.00").multiply(BigDecimal.valueOf(days)).toString(),
                "EUR");
        return opened(buyer, from, days);
    }

    private UUID opened(String buyer, LocalDate from, int days) {
        return UUID.fromString(
                open(buyer, from, days)
                        .then()
                        .statusCode(201)
                        .body("bookedFrom", equalTo(from.toString()))
                        .extract()
                        .path("id"));
    }

    private Response open(String buyer, LocalDate from, int days) {
        return scenario.open(buyer, UUID.randomUUID().toString(), body(room, from, days));
    }

    private static Map<String, Object> body(UUID listing, LocalDate from, int days) {
        return Map.of(
                "listingId", listing.toString(), "quantity", days, "startDate", from.toString());
    }

    private Response calendar(LocalDate from, LocalDate until) {
        return given().queryParam("listingId", room)
                .queryParam("from", from.toString())
                .queryParam("until", until.toString())
                .get("/api/bookings");
    }

    private static void expectDaysTaken(Response response, String detail) {
        response.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/days-taken"))
                .body("detail", containsString(detail));
    }

    private static void expectInvalidStartDate(Response response, String message) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString(message));
    }

    private static void expectInvalid(Response response, String field) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
