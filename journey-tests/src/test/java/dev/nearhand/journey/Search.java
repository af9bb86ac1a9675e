package dev.nearhand.journey;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** matching-service's reads: nearby search, guide prices and the candidates for a need. */
final class Search {

    static final String SERVICE = "matching-service";

    private Search() {}

    /** Listings within 2 km of a place whose text matches {@code q}, in relevance order. */
    static List<Map<String, Object>> nearby(Place place, String q) {
        JsonPath page =
                Actor.anonymous(SERVICE)
                        .queryParam("lat", place.lat())
                        .queryParam("lon", place.lon())
                        .queryParam("radiusKm", 2)
                        .queryParam("q", q)
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        return page.getList("items");
    }

    /** Listings within 2 km matching {@code q} that are not booked up on any of the days. */
    static List<String> freeOn(Place place, String q, LocalDate from, LocalDate until) {
        return freeBetween(place, q, from.toString(), until.toString());
    }

    /** Found with {@code from}/{@code until} as times: free throughout that time. */
    static List<String> freeAt(Place place, String q, Instant from, Instant until) {
        return freeBetween(place, q, from.toString(), until.toString());
    }

    private static List<String> freeBetween(Place place, String q, String from, String until) {
        return Actor.anonymous(SERVICE)
                .queryParam("lat", place.lat())
                .queryParam("lon", place.lon())
                .queryParam("radiusKm", 2)
                .queryParam("q", q)
                .queryParam("from", from)
                .queryParam("until", until)
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.listingId");
    }

    /**
     * The candidates {@code POST /api/needs} offers {@code who} for a need of {@code category} at a
     * place, worded {@code text}, needed {@code when}.
     */
    static List<String> candidatesOfANeed(
            Actor who, Place place, String category, String text, String when) {
        return who.at(SERVICE)
                .contentType("application/json")
                .body(
                        Map.of(
                                "text",
                                text,
                                "category",
                                category,
                                "location",
                                Map.of("lat", place.lat(), "lon", place.lon()),
                                "when",
                                when))
                .post("/api/needs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("candidates.listingId");
    }

    static List<String> listingIds(Place place, String q) {
        return nearby(place, q).stream().map(item -> (String) item.get("listingId")).toList();
    }

    /** The guide price for hourly work of a category around a place. */
    static JsonPath guidePrice(Place place, String category) {
        return Actor.anonymous(SERVICE)
                .queryParam("category", category)
                .queryParam("unit", "HOUR")
                .queryParam("lat", place.lat())
                .queryParam("lon", place.lon())
                .get("/api/guide-price")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The relevance score of one listing in a search, or -1 when it is not found. */
    static double score(Place place, String q, String listingId) {
        return nearby(place, q).stream()
                .filter(item -> listingId.equals(item.get("listingId")))
                .map(item -> ((Number) item.get("score")).doubleValue())
                .findFirst()
                .orElse(-1.0);
    }
}
