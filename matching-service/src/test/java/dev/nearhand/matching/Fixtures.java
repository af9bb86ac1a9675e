package dev.nearhand.matching;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Event;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.listing.ListingPaused;
import dev.nearhand.contracts.listing.ListingPublished;
import dev.nearhand.contracts.listing.ListingResumed;
import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.contracts.listing.ListingWithdrawn;
import dev.nearhand.contracts.listing.ShopSnapshot;
import dev.nearhand.matching.service.AreaCells;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Builds listing events shaped like the golden samples, sends them, and searches. */
final class Fixtures {

    static final AreaCells CELLS = new AreaCells();

    private Fixtures() {}

    /** A listing snapshot at the coarse area of a point, ACTIVE unless changed. */
    static ListingSnapshot listing(
            UUID id,
            long revision,
            String status,
            String title,
            String category,
            double lat,
            double lon) {
        return listing(
                id, revision, status, title, category, lat, lon, "450.00", "TWD", "seller-" + id);
    }

    static ListingSnapshot listing(
            UUID id,
            long revision,
            String status,
            String title,
            String category,
            double lat,
            double lon,
            String amount,
            String currency,
            String sellerId) {
        Area area = CELLS.snap(lat, lon);
        Instant now = Instant.parse("2026-11-20T08:15:00Z").plusSeconds(revision);
        return new ListingSnapshot(
                id,
                UUID.nameUUIDFromBytes(sellerId.getBytes()),
                sellerId,
                revision,
                status,
                "SERVICE",
                title,
                "",
                category,
                List.of(),
                amount == null ? null : new Money(amount, currency),
                "HOUR",
                amount == null,
                null,
                0,
                null,
                area,
                now,
                now);
    }

    /**
     * An ITEM listing with {@code quantity} left and {@code soldUnits} sold, priced per item, as
     * listing-service describes it after sales and restocks.
     */
    static ListingSnapshot item(
            UUID id,
            long revision,
            String status,
            String title,
            String category,
            double lat,
            double lon,
            String amount,
            int quantity,
            int soldUnits) {
        return item(
                id, revision, status, title, category, lat, lon, amount, quantity, soldUnits,
                "ITEM");
    }

    /** An ACTIVE spare room priced per DAY: {@code units} guests can book the same night. */
    static ListingSnapshot room(UUID id, String title, double lat, double lon, int units) {
        return room(id, 1, title, lat, lon, units);
    }

    /** The same room as announced at {@code revision}. */
    static ListingSnapshot room(
            UUID id, long revision, String title, double lat, double lon, int units) {
        return item(
                id, revision, "ACTIVE", title, "space.room", lat, lon, "1500.00", units, 0, "DAY");
    }

    /** An ACTIVE parking space priced per HOUR: {@code units} cars can park at once. */
    static ListingSnapshot parking(UUID id, String title, double lat, double lon, int units) {
        return item(id, 1, "ACTIVE", title, "space.parking", lat, lon, "60.00", units, 0, "HOUR");
    }

    private static ListingSnapshot item(
            UUID id,
            long revision,
            String status,
            String title,
            String category,
            double lat,
            double lon,
            String amount,
            int quantity,
            int soldUnits,
            String unit) {
        ListingSnapshot s =
                listing(
                        id,
                        revision,
                        status,
                        title,
                        category,
                        lat,
                        lon,
                        amount,
                        "TWD",
                        "item-seller");
        return new ListingSnapshot(
                s.listingId(),
                s.shopId(),
                s.sellerId(),
                s.revision(),
                s.status(),
                "ITEM",
                s.title(),
                s.description(),
                s.category(),
                s.tags(),
                s.price(),
                unit,
                s.negotiable(),
                quantity,
                soldUnits,
                s.availability(),
                s.area(),
                s.publishedAt(),
                s.updatedAt());
    }

    /** The event record a status stands for, as listing-service would emit it. */
    static Event event(String type, UUID eventId, ListingSnapshot s) {
        Instant at = s.updatedAt();
        return switch (type) {
            case "ListingPublished" -> new ListingPublished(eventId, at, 1, s);
            case "ListingUpdated" -> new ListingUpdated(eventId, at, 1, s);
            case "ListingPaused" -> new ListingPaused(eventId, at, 1, s);
            case "ListingResumed" -> new ListingResumed(eventId, at, 1, s);
            case "ListingWithdrawn" -> new ListingWithdrawn(eventId, at, 1, s);
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** Sends a listing event on the real topic, checked against its golden sample's shape. */
    static String sendListing(String type, UUID eventId, ListingSnapshot s) {
        String json = json(event(type, eventId, s));
        GoldenSamples.assertSameShape(json, "listing/" + type + ".json");
        KafkaProbe.send(
                Topics.LISTING_LISTINGS, s.listingId().toString(), type, eventId.toString(), json);
        return json;
    }

    static String json(Object event) {
        try {
            return GoldenSamples.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidatableResponse search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/search").then();
    }

    /** Every listing id over all pages, following nextCursor. */
    static List<String> allIds(Map<String, Object> params) {
        return allItems(params).stream().map(item -> (String) item.get("listingId")).toList();
    }

    /** Every item over all pages, following nextCursor. */
    static List<Map<String, Object>> allItems(Map<String, Object> params) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> withCursor = new java.util.HashMap<>(params);
            if (cursor != null) {
                withCursor.put("cursor", cursor);
            }
            var body = search(withCursor).statusCode(200).extract();
            items.addAll(body.path("items"));
            cursor = body.path("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** Great-circle distance on earthdistance's sphere (radius 6,378,168 m), in metres. */
    static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double r = 6_378_168d;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a =
                Math.pow(Math.sin(dLat / 2), 2)
                        + Math.cos(Math.toRadians(lat1))
                                * Math.cos(Math.toRadians(lat2))
                                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A shop announced at a point with a service radius, as listing-service would. */
    static ShopSnapshot shop(String owner, double lat, double lon, double radiusKm) {
        Instant now = Instant.now();
        return new ShopSnapshot(
                UUID.randomUUID(),
                owner,
                1,
                "Shop",
                "",
                List.of("en"),
                Fixtures.CELLS.snap(lat, lon),
                radiusKm,
                now,
                now);
    }

    /**
     * The listing ids {@code POST /api/needs} offers as candidates for a need posted by {@code
     * user}.
     */
    static List<UUID> candidatesOfANeed(
            String user, String text, String category, double lat, double lon, String when) {
        return given()
                .auth()
                .oauth2(TestTokens.of(user))
                .contentType("application/json")
                .body(
                        Map.of(
                                "text",
                                text,
                                "category",
                                category,
                                "location",
                                Map.of("lat", lat, "lon", lon),
                                "when",
                                when))
                .when()
                .post("/api/needs")
                .then()
                .statusCode(201)
                .extract()
                .<List<String>>path("candidates.listingId")
                .stream()
                .map(UUID::fromString)
                .toList();
    }

    /**
     * Sends an escrow event of {@code type} shaped like its golden sample, with {@code edit}
     * applied to its escrow snapshot, as escrow-service would; checked against the golden {@code
     * shape}.
     */
    static void sendEscrowEvent(
            String type, UUID eventId, UUID escrowId, Consumer<ObjectNode> edit, String shape) {
        try {
            ObjectNode event =
                    (ObjectNode)
                            GoldenSamples.MAPPER.readTree(
                                    GoldenSamples.read("escrow/" + type + ".json"));
            event.put("eventId", eventId.toString());
            ObjectNode escrow = (ObjectNode) event.get("escrow");
            escrow.put("escrowId", escrowId.toString());
            edit.accept(escrow);
            String json = GoldenSamples.MAPPER.writeValueAsString(event);
            GoldenSamples.assertSameShape(json, shape);
            KafkaProbe.send(
                    Topics.ESCROW_ESCROWS, escrowId.toString(), type, eventId.toString(), json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
