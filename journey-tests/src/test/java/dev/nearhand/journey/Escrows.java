package dev.nearhand.journey;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The escrow-service calls of the journeys: open, the moves of both parties, read. */
final class Escrows {

    static final String SERVICE = "escrow-service";

    private Escrows() {}

    /**
     * Opens an escrow once escrow-service has the listing (it learns listings from Kafka); the same
     * key on every attempt, as a client retrying would.
     */
    static JsonPath open(Actor buyer, String listingId, int quantity) {
        return open(buyer, listingId, quantity, JourneyStack.EVENTS);
    }

    static JsonPath open(Actor buyer, String listingId, int quantity, Duration within) {
        return openWith(buyer, Map.of("listingId", listingId, "quantity", quantity), within);
    }

    /** Books an item lent by the day for {@code days} days from {@code start}. */
    static JsonPath openOn(Actor buyer, String listingId, int days, LocalDate start) {
        return openWith(buyer, stay(listingId, days, start), JourneyStack.EVENTS);
    }

    static Response tryOpenOn(Actor buyer, String listingId, int days, LocalDate start) {
        return tryOpen(buyer, stay(listingId, days, start), UUID.randomUUID().toString());
    }

    static JsonPath openAt(Actor buyer, String listingId, int hours, Instant start) {
        return openWith(buyer, time(listingId, hours, start), JourneyStack.EVENTS);
    }

    static Response tryOpenAt(Actor buyer, String listingId, int hours, Instant start) {
        return tryOpen(buyer, time(listingId, hours, start), UUID.randomUUID().toString());
    }

    private static JsonPath openWith(Actor buyer, Map<String, Object> body, Duration within) {
        String key = UUID.randomUUID().toString();
        Response[] opened = new Response[1];
        await("escrow-service knows listing " + body.get("listingId"))
                .atMost(within)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            opened[0] = tryOpen(buyer, body, key);
                            return opened[0].statusCode() != 422
                                    || !problem(opened[0]).endsWith("listing-unavailable");
                        });
        return opened[0].then().statusCode(201).extract().jsonPath();
    }

    static Response tryOpen(Actor buyer, String listingId, int quantity, String key) {
        return tryOpen(buyer, Map.of("listingId", listingId, "quantity", quantity), key);
    }

    private static Response tryOpen(Actor buyer, Map<String, Object> body, String key) {
        return buyer.at(SERVICE).header("Idempotency-Key", key).body(body).post("/api/escrows");
    }

    private static Map<String, Object> stay(String listingId, int days, LocalDate start) {
        return Map.of("listingId", listingId, "quantity", days, "startDate", start.toString());
    }

    private static Map<String, Object> time(String listingId, int hours, Instant start) {
        return Map.of("listingId", listingId, "quantity", hours, "startAt", start.toString());
    }

    /** The times escrows book of an item lent by the hour, "from/until", as anyone reads them. */
    static List<String> bookedTimes(String listingId) {
        List<Map<String, Object>> times = calendar(listingId).getList("bookedTimes");
        return times.stream().map(t -> t.get("from") + "/" + t.get("until")).toList();
    }

    /** The days escrows book of an item lent by the day, as anyone reads them. */
    static List<String> bookedDays(String listingId) {
        return calendar(listingId).getList("booked.date");
    }

    private static JsonPath calendar(String listingId) {
        return Actor.anonymous(SERVICE)
                .queryParam("listingId", listingId)
                .get("/api/bookings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A party's move ({@code confirm}, {@code accept}, {@code release}, ...) with a fresh key. */
    static Response move(Actor actor, String escrowId, String action) {
        return move(actor, escrowId, action, UUID.randomUUID().toString());
    }

    static Response move(Actor actor, String escrowId, String action, String key) {
        return actor.at(SERVICE)
                .header("Idempotency-Key", key)
                .post("/api/escrows/{id}/{action}", escrowId, action);
    }

    /** A move that must succeed; returns the new status. */
    static String step(Actor actor, String escrowId, String action) {
        return move(actor, escrowId, action).then().statusCode(200).extract().path("status");
    }

    static Response resolve(Actor operator, String escrowId, String sellerShare) {
        return operator.at(SERVICE)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(
                        Map.of(
                                "sellerShare",
                                Map.of("amount", sellerShare, "currency", Money.CURRENCY)))
                .post("/api/escrows/{id}/resolve", escrowId);
    }

    static JsonPath get(Actor party, String escrowId) {
        return party.at(SERVICE)
                .get("/api/escrows/{id}", escrowId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String status(Actor party, String escrowId) {
        return get(party, escrowId).getString("status");
    }

    /** The last segment of a problem document's {@code type}, e.g. {@code limit-exceeded}. */
    static String problem(Response response) {
        String type = response.path("type");
        return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
    }
}
