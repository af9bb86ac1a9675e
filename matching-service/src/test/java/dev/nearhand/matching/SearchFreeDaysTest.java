package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search with {@code from}/{@code until} leaves out items lent by the day that escrows have booked
 * up on one of those days, as escrow's events say: taken when the money is held, given back by a
 * full refund. A need dated to a day gets the same treatment for its candidates.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchFreeDaysTest {

    private static final double LAT = 46.9480;
    private static final double LON = 7.4474; // Bern, kept for this test
    private static final LocalDate DAY = LocalDate.parse("2027-03-01");

    @Inject ListingIndexService index;

    String word;

    @BeforeEach
    void setUp() {
        word = "loft" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }

    @Test
    void shouldLeaveOutARoomBookedOnANightAskedUntilTheBuyerIsRefunded() {
        UUID booked = room(1, 0);
        UUID free = room(1, 1);
        UUID stay = UUID.randomUUID();

        UUID held = escrowEvent("EscrowHeld", stay, booked, DAY, DAY.plusDays(3), null);

        awaitFreeOn(DAY.plusDays(2), DAY.plusDays(4), free);
        // The night before and the day it comes back are free; without dates nothing is left out.
        assertThat(freeOn(DAY.minusDays(1), DAY)).containsExactlyInAnyOrder(booked, free);
        assertThat(freeOn(DAY.plusDays(3), DAY.plusDays(5)))
                .containsExactlyInAnyOrder(booked, free);
        assertThat(Fixtures.allIds(params()))
                .containsExactlyInAnyOrder(booked.toString(), free.toString());

        escrowEvent("EscrowRevoked", stay, booked, DAY, DAY.plusDays(3), null);
        awaitFreeOn(DAY.plusDays(2), DAY.plusDays(4), booked, free);

        // The held event again, redelivered: it does not book the nights a second time. A later
        // event of the same escrow (same key, same partition) shows the redelivery was read.
        redeliver(held, "EscrowHeld", stay, booked, DAY, DAY.plusDays(3));
        UUID marker = room(1, 2);
        escrowEvent("EscrowHeld", stay, marker, DAY, DAY.plusDays(1), null);
        awaitFreeOn(DAY, DAY.plusDays(1), booked, free);
    }

    @Test
    void shouldKeepARoomOfTwoUntilBothAreBookedOnOneNight() {
        UUID twin = room(2, 0);
        escrowEvent("EscrowHeld", UUID.randomUUID(), twin, DAY, DAY.plusDays(2), null);
        escrowEvent("EscrowHeld", UUID.randomUUID(), twin, DAY.plusDays(1), DAY.plusDays(3), null);

        awaitFreeOn(DAY, DAY.plusDays(3));
        assertThat(freeOn(DAY.plusDays(1), DAY.plusDays(2))).isEmpty();
        assertThat(freeOn(DAY, DAY.plusDays(1))).containsExactly(twin);
        assertThat(freeOn(DAY.plusDays(2), DAY.plusDays(4))).containsExactly(twin);
    }

    @Test
    void shouldGiveTheNightsBackOnlyWhenADisputeLeavesTheSellerNothing() {
        UUID paid = room(1, 0);
        UUID refunded = room(1, 1);
        UUID paidStay = UUID.randomUUID();
        UUID refundedStay = UUID.randomUUID();
        escrowEvent("EscrowHeld", paidStay, paid, DAY, DAY.plusDays(2), null);
        escrowEvent("EscrowHeld", refundedStay, refunded, DAY, DAY.plusDays(2), null);
        awaitFreeOn(DAY, DAY.plusDays(1));

        escrowEvent("EscrowResolved", paidStay, paid, DAY, DAY.plusDays(2), "100.00");
        escrowEvent("EscrowResolved", refundedStay, refunded, DAY, DAY.plusDays(2), "0.00");

        awaitFreeOn(DAY, DAY.plusDays(1), refunded);
    }

    @Test
    void shouldOfferANeedDatedToABookedNightNoCandidateBookedThatNight() {
        UUID booked = room(1, 0);
        UUID free = room(1, 1);
        escrowEvent("EscrowHeld", UUID.randomUUID(), booked, DAY, DAY.plusDays(2), null);
        awaitFreeOn(DAY, DAY.plusDays(1), free);

        assertThat(candidatesOfANeed(DAY.plusDays(1).toString())).containsExactly(free);
        assertThat(candidatesOfANeed(DAY + "T22:30:00Z")).containsExactly(free);
        // The day it comes back, and a need in words, leave the calendar out of it.
        assertThat(candidatesOfANeed(DAY.plusDays(2).toString()))
                .containsExactlyInAnyOrder(booked, free);
        assertThat(candidatesOfANeed("this weekend")).containsExactlyInAnyOrder(booked, free);
    }

    @Test
    void shouldRefuseDaysItCannotSearch() {
        expectInvalid(Map.of("from", "2027-03-01"), "until");
        expectInvalid(Map.of("until", "2027-03-01"), "from");
        expectInvalid(Map.of("from", "2027-03-01", "until", "2027-03-01"), "until");
        expectInvalid(Map.of("from", "2027-03-01", "until", "2028-03-02"), "until");
        expectInvalid(Map.of("from", "1 March", "until", "2027-03-02"), "from");
    }

    @Test
    void shouldFilterABookedListingByItsDaysOnlyWhileItIsLentByTheDay() {
        UUID nowAService = room(1, 0);
        UUID nowSoldByThePiece = room(1, 1);
        escrowEvent("EscrowHeld", UUID.randomUUID(), nowAService, DAY, DAY.plusDays(2), null);
        escrowEvent("EscrowHeld", UUID.randomUUID(), nowSoldByThePiece, DAY, DAY.plusDays(2), null);
        awaitFreeOn(DAY, DAY.plusDays(1));

        // Re-announced as an hourly service and as an item sold by the piece: nothing books them
        // by the day any more, whatever escrow booked while they were.
        Fixtures.sendListing(
                "ListingUpdated",
                UUID.randomUUID(),
                Fixtures.listing(
                        nowAService,
                        2,
                        "ACTIVE",
                        "Sunny " + word,
                        "space.room",
                        LAT,
                        LON,
                        "300.00",
                        "TWD",
                        "item-seller"));
        Fixtures.sendListing(
                "ListingPublished",
                UUID.randomUUID(),
                Fixtures.item(
                        nowSoldByThePiece,
                        2,
                        "ACTIVE",
                        "Sunny " + word,
                        "space.room",
                        LAT + 0.001,
                        LON,
                        "1500.00",
                        1,
                        0));
        awaitFreeOn(DAY, DAY.plusDays(1), nowAService, nowSoldByThePiece);
        assertThat(candidatesOfANeed(DAY.toString()))
                .containsExactlyInAnyOrder(nowAService, nowSoldByThePiece);

        // Lent by the day again: the bookings kept count again.
        Fixtures.sendListing(
                "ListingUpdated",
                UUID.randomUUID(),
                Fixtures.room(nowAService, 3, "Sunny " + word, LAT, LON, 1));
        awaitFreeOn(DAY, DAY.plusDays(1), nowSoldByThePiece);
    }

    @ParameterizedTest
    @CsvSource({
        "-4714-11-23, -4714-11-25, from",
        "-999999999-01-01, -999999999-01-03, from",
        "+99999-01-01, +99999-01-02, from",
        "+999999999-12-30, +999999999-12-31, from",
        "9999-12-31, +10000-01-01, until"
    })
    void shouldRefuseADayOutsideFourDigitYearsWithAProblemNamingIt(
            String from, String until, String field) {
        expectInvalid(Map.of("from", from, "until", until), field);
    }

    @Test
    void shouldSearchTheFirstAndLastDaysOfFourDigitYears() {
        assertThat(freeOn(LocalDate.parse("0000-01-01"), LocalDate.parse("0000-01-02"))).isEmpty();
        assertThat(freeOn(LocalDate.parse("9999-12-30"), LocalDate.parse("9999-12-31"))).isEmpty();
    }

    /** A room {@code step} × 110 m north of the test's point, listed with the test's word. */
    private UUID room(int units, int step) {
        UUID id = UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.room(id, "Sunny " + word, LAT + step * 0.001, LON, units));
        return id;
    }

    /**
     * Sends an escrow event shaped like its golden sample with the booked days, as escrow-service
     * would; {@code sellerShare} only for EscrowResolved.
     *
     * @return its event id
     */
    private static UUID escrowEvent(
            String type,
            UUID escrowId,
            UUID listingId,
            LocalDate from,
            LocalDate until,
            String sellerShare) {
        UUID eventId = UUID.randomUUID();
        send(eventId, type, escrowId, listingId, from, until, sellerShare);
        return eventId;
    }

    private static void redeliver(
            UUID eventId,
            String type,
            UUID escrowId,
            UUID listingId,
            LocalDate from,
            LocalDate until) {
        send(eventId, type, escrowId, listingId, from, until, null);
    }

    private static void send(
            UUID eventId,
            String type,
            UUID escrowId,
            UUID listingId,
            LocalDate from,
            LocalDate until,
            String sellerShare) {
        Fixtures.sendEscrowEvent(
                type,
                eventId,
                escrowId,
                escrow -> {
                    escrow.put("listingId", listingId.toString())
                            .put("bookedFrom", from.toString())
                            .put("bookedUntil", until.toString());
                    if (sellerShare != null) {
                        ((ObjectNode) escrow.get("sellerShare")).put("amount", sellerShare);
                    }
                },
                "escrow/EscrowHeld.booked-days.json");
    }

    /** The candidates {@code POST /api/needs} answers for the test's word near its point. */
    private List<UUID> candidatesOfANeed(String when) {
        return Fixtures.candidatesOfANeed("guest-" + word, word, "space.room", LAT, LON, when);
    }

    private void awaitFreeOn(LocalDate from, LocalDate until, UUID... expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(freeOn(from, until)).containsExactlyInAnyOrder(expected));
    }

    private List<UUID> freeOn(LocalDate from, LocalDate until) {
        Map<String, Object> params = params();
        params.put("from", from.toString());
        params.put("until", until.toString());
        return Fixtures.allIds(params).stream().map(UUID::fromString).toList();
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", LAT);
        params.put("lon", LON);
        params.put("radiusKm", 2);
        params.put("q", word);
        return params;
    }

    private static void expectInvalid(Map<String, String> days, String field) {
        Map<String, Object> params = new HashMap<>(days);
        params.put("lat", LAT);
        params.put("lon", LON);
        Fixtures.search(params)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
