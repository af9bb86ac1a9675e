package dev.nearhand.listing;

import static io.restassured.RestAssured.given;

import dev.nearhand.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers speaking listing-service's public HTTP API, nothing else. */
final class ListingApi {

    /** Taipei 101: exact coordinates no public view may show. */
    static final double LAT = 25.033964;

    static final double LON = 121.564468;

    private ListingApi() {}

    static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    static Map<String, Object> shopBody(double lat, double lon) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "阿明單車 Ming's bikes");
        body.put("bio", "Fixing bikes since 2015. Ich spreche Deutsch.");
        body.put("languages", List.of("zh-Hant", "en", "de"));
        body.put("location", Map.of("lat", lat, "lon", lon));
        body.put("serviceRadiusKm", 3);
        return body;
    }

    static ValidatableResponse putShop(String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/shops/me")
                .then();
    }

    static String openShop(String user) {
        return putShop(user, shopBody(LAT, LON)).statusCode(201).extract().path("id");
    }

    static Map<String, Object> serviceBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SERVICE");
        body.put("title", "單車修理 Fahrradreparatur bike repair");
        body.put("description", "補胎、調整變速器。Ich repariere Fahrräder aller Art. 🚲");
        body.put("category", "repair.bike");
        body.put("tags", List.of("bike", "單車"));
        body.put("price", Map.of("amount", "450", "currency", "TWD", "unit", "HOUR"));
        return body;
    }

    /** A drill to sell, {@code quantity} of them. */
    static Map<String, Object> itemBody(int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ITEM");
        body.put("title", "Schlagbohrmaschine 電鑽 hammer drill");
        body.put("description", "Bosch, 750 W, with a case and six bits.");
        body.put("category", "tools");
        body.put("tags", List.of("drill"));
        body.put("quantity", quantity);
        body.put("price", Map.of("amount", "1200", "currency", "TWD", "unit", "ITEM"));
        return body;
    }

    static String createItem(String user, int quantity) {
        return create(user, itemBody(quantity)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse create(String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/listings")
                .then();
    }

    static String createListing(String user) {
        return create(user, serviceBody()).statusCode(201).extract().path("id");
    }

    static ValidatableResponse action(String user, String id, String action) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .when()
                .post("/api/listings/" + id + "/" + action)
                .then();
    }

    /** Sent as UTF-8: REST Assured would encode a media type it does not know as ISO-8859-1. */
    static ValidatableResponse patch(String user, String id, Map<String, Object> patch) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body(patch)
                .when()
                .patch("/api/listings/" + id)
                .then();
    }

    /** A listing as {@code user} sees it: the owner's view for the owner. */
    static ValidatableResponse get(String user, String id) {
        return given().auth().oauth2(TestTokens.of(user)).when().get("/api/listings/" + id).then();
    }

    static ValidatableResponse withdraw(String user, String id) {
        return given().auth()
                .oauth2(TestTokens.of(user))
                .when()
                .delete("/api/listings/" + id)
                .then();
    }
}
