package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search with {@code from}/{@code until} given as times leaves out items lent by the hour that
 * escrows have booked up at some moment of that time, as escrow's events say: taken when the money
 * is held, given back by a full refund. Dates ask nothing of their hours; a need at a UTC time asks
 * for that moment.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchFreeHoursTest {

    private static final double LAT = 47.3769;
    private static final double LON = 8.5417; // Zurich, kept for this test
    private static final String DAY = "2027-03-01";

    @Inject ListingIndexService index;

    String word;

    @BeforeEach
    void setUp() {
        word = "bay" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    }

    @Test
    void shouldLeaveOutASpaceBookedAtATimeAskedUntilTheBuyerIsRefunded() {
        UUID booked = parking(1, 0);
        UUID free = parking(1, 1);
        UUID stay = UUID.randomUUID();

        escrowEvent("EscrowHeld", stay, booked, at("09:30"), at("12:30"));

        awaitFreeAt(at("12:00"), at("13:00"), free);
        // Before it is taken and from when it comes back it is free; dates ask nothing of hours.
        assertThat(freeAt(at("08:00"), at("09:30"))).containsExactlyInAnyOrder(booked, free);
        assertThat(freeAt(at("12:30"), at("14:00"))).containsExactlyInAnyOrder(booked, free);
        assertThat(freeBetween(DAY, "2027-03-02")).containsExactlyInAnyOrder(booked, free);

        escrowEvent("EscrowRevoked", stay, booked, at("09:30"), at("12:30"));
        awaitFreeAt(at("12:00"), at("13:00"), booked, free);
    }

    @Test
    void shouldKeepASpaceOfTwoUntilBothAreBookedAtOneMoment() {
        UUID twin = parking(2, 0);
        escrowEvent("EscrowHeld", UUID.randomUUID(), twin, at("09:00"), at("11:00"));
        escrowEvent("EscrowHeld", UUID.randomUUID(), twin, at("10:45"), at("12:00"));

        awaitFreeAt(at("10:45"), at("11:00"));
        assertThat(freeAt(at("08:00"), at("13:00"))).isEmpty();
        assertThat(freeAt(at("09:00"), at("10:45"))).containsExactly(twin);
        assertThat(freeAt(at("11:00"), at("12:00"))).containsExactly(twin);
    }

    @Test
    void shouldOfferANeedAtABookedMomentNoCandidateBookedThen() {
        UUID booked = parking(1, 0);
        UUID free = parking(1, 1);
        escrowEvent("EscrowHeld", UUID.randomUUID(), booked, at("09:30"), at("12:30"));
        awaitFreeAt(at("10:00"), at("11:00"), free);

        assertThat(candidatesOfANeed(at("10:00").toString())).containsExactly(free);
        assertThat(candidatesOfANeed(at("12:30").toString()))
                .containsExactlyInAnyOrder(booked, free);
        assertThat(candidatesOfANeed(DAY)).containsExactlyInAnyOrder(booked, free);
    }

    @Test
    void shouldRefuseTimesItCannotSearch() {
        expectInvalid(Map.of("from", DAY + "T09:00:00Z", "until", "2027-03-02"), "until");
        expectInvalid(Map.of("from", DAY, "until", DAY + "T12:00:00Z"), "until");
        expectInvalid(Map.of("from", DAY + "T09:00:00Z", "until", DAY + "T09:00:00Z"), "until");
        expectInvalid(Map.of("from", DAY + "T09:00:00", "until", DAY + "T12:00:00Z"), "from");
        expectInvalid(Map.of("from", DAY + "T09:00:00Z", "until", "2028-03-02T09:00:01Z"), "until");
        expectInvalid(Map.of("from", "+10000-01-01T00:00:00Z", "until", "soonT"), "from");
    }

    private static Instant at(String time) {
        return Instant.parse(DAY + "T" + time + ":00Z");
    }

    /** A space {@code step} × 110 m north of the test's point, listed with the test's word. */
    private UUID parking(int units, int step) {
        UUID id = UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.parking(id, "Covered " + word, LAT + step * 0.001, LON, units));
        return id;
    }

    /** Sends an escrow event shaped like its golden sample with the booked time. */
    private static void escrowEvent(
            String type, UUID escrowId, UUID listingId, Instant start, Instant end) {
        Fixtures.sendEscrowEvent(
                type,
                UUID.randomUUID(),
                escrowId,
                escrow ->
                        escrow.put("listingId", listingId.toString())
                                .put("unit", "HOUR")
                                .put("bookedStart", start.toString())
                                .put("bookedEnd", end.toString()),
                "escrow/EscrowHeld.booked-hours.json");
    }

    /** The candidates {@code POST /api/needs} answers for the test's word near its point. */
    private List<UUID> candidatesOfANeed(String when) {
        return Fixtures.candidatesOfANeed("driver-" + word, word, "space.parking", LAT, LON, when);
    }

    private void awaitFreeAt(Instant from, Instant until, UUID... expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(freeAt(from, until)).containsExactlyInAnyOrder(expected));
    }

    private List<UUID> freeAt(Instant from, Instant until) {
        return freeBetween(from.toString(), until.toString());
    }

    private List<UUID> freeBetween(String from, String until) {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", LAT);
        params.put("lon", LON);
        params.put("radiusKm", 2);
        params.put("q", word);
        params.put("from", from);
        params.put("until", until);
        return Fixtures.allIds(params).stream().map(UUID::fromString).toList();
    }

    private static void expectInvalid(Map<String, String> times, String field) {
        Map<String, Object> params = new HashMap<>(times);
        params.put("lat", LAT);
        params.put("lon", LON);
        Fixtures.search(params)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
