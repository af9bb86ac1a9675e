package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** The listing-service calls of the journeys: open a shop, publish, withdraw, read. */
final class Listings {

    static final String SERVICE = "listing-service";

    private Listings() {}

    /** Opens the seller's shop at a point; returns the shop id. */
    static String openShop(Actor seller, Place place) {
        return seller.at(SERVICE)
                .body(
                        Map.of(
                                "displayName",
                                "Shop of " + seller.id(),
                                "bio",
                                "Journey test shop",
                                "languages",
                                List.of("en"),
                                "location",
                                place.json(),
                                "serviceRadiusKm",
                                5))
                .put("/api/shops/me")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Publishes a service listing at a fixed price per hour in CNY; returns the listing id. */
    static String publish(Actor seller, String title, String category, String pricePerHour) {
        return seller.at(SERVICE)
                .body(
                        Map.of(
                                "kind",
                                "SERVICE",
                                "title",
                                title,
                                "description",
                                "Offered by " + seller.id(),
                                "category",
                                category,
                                "tags",
                                List.of("journey"),
                                "price",
                                Map.of(
                                        "amount",
                                        pricePerHour,
                                        "currency",
                                        Money.CURRENCY,
                                        "unit",
                                        "HOUR")))
                .post("/api/listings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Publishes {@code quantity} units of a second-hand item at a fixed CNY price each. */
    static String publishItem(Actor seller, String title, String price, int quantity) {
        return publishItem(seller, title, "items.secondhand", price, "ITEM", quantity);
    }

    /** Publishes a spare room, one guest a night, at a CNY price per night. */
    static String publishRoom(Actor seller, String title, String pricePerNight) {
        return publishItem(seller, title, "space.room", pricePerNight, "DAY", 1);
    }

    /** A parking space lent by the hour: one car at a time. */
    static String publishParking(Actor seller, String title, String pricePerHour) {
        return publishItem(seller, title, "space.parking", pricePerHour, "HOUR", 1);
    }

    private static String publishItem(
            Actor seller, String title, String category, String price, String unit, int quantity) {
        return seller.at(SERVICE)
                .body(
                        Map.of(
                                "kind",
                                "ITEM",
                                "title",
                                title,
                                "description",
                                "Offered by " + seller.id(),
                                "category",
                                category,
                                "tags",
                                List.of("journey"),
                                "price",
                                Map.of("amount", price, "currency", Money.CURRENCY, "unit", unit),
                                "quantity",
                                quantity))
                .post("/api/listings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The owner sets how many units are left to sell. */
    static void restock(Actor seller, String listingId, int quantity) {
        seller.at(SERVICE)
                .body(Map.of("quantity", quantity))
                .patch("/api/listings/{id}", listingId)
                .then()
                .statusCode(200);
    }

    /** The public view of a listing; it must be readable. */
    static JsonPath publicView(String listingId) {
        return Actor.anonymous(SERVICE)
                .get("/api/listings/{id}", listingId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static void withdraw(Actor seller, String listingId) {
        seller.at(SERVICE).delete("/api/listings/{id}", listingId).then().statusCode(204);
    }

    /** The HTTP status of the public view of a listing (200 while active). */
    static int publicStatus(String listingId) {
        return Actor.anonymous(SERVICE).get("/api/listings/{id}", listingId).statusCode();
    }

    /** The completed trades on a shop's public credit summary, or -1 before reputation's first. */
    static int shopCompletedTrades(String shopId) {
        Integer trades =
                Actor.anonymous(SERVICE)
                        .get("/api/shops/{id}", shopId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("credit.completedTrades");
        return trades == null ? -1 : trades;
    }

    /** The ids of the active listings on a shop's public page. */
    static List<String> shopListingIds(String shopId) {
        List<String> ids =
                Actor.anonymous(SERVICE)
                        .get("/api/shops/{id}", shopId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("listings.items.id");
        assertThat(ids).isNotNull();
        return ids;
    }
}
