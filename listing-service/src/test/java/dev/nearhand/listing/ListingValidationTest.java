package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingValidationTest {

    private String owner;

    @BeforeEach
    void openShop() {
        owner = ListingApi.newUser();
        ListingApi.openShop(owner);
    }

    @Test
    void shouldNameTheFieldOfEveryInvalidValue() {
        refused("location.lat", b -> b.put("location", Map.of("lat", -90.0001, "lon", 0)));
        refused("location.lon", b -> b.put("location", Map.of("lat", 0, "lon", 180.5)));
        refused(
                "price.amount",
                b -> b.put("price", Map.of("amount", "-1", "currency", "TWD", "unit", "HOUR")));
        refused(
                "price.amount",
                b -> b.put("price", Map.of("amount", "0", "currency", "TWD", "unit", "HOUR")));
        refused(
                "price.amount",
                b ->
                        b.put(
                                "price",
                                Map.of("amount", "1000000.01", "currency", "EUR", "unit", "HOUR")));
        refused(
                "price.amount",
                b -> b.put("price", Map.of("amount", "10.5", "currency", "JPY", "unit", "HOUR")));
        refused(
                "price.amount",
                b -> b.put("price", Map.of("amount", "10.555", "currency", "EUR", "unit", "HOUR")));
        refused(
                "price.currency",
                b -> b.put("price", Map.of("amount", "10", "currency", "ABC", "unit", "HOUR")));
        refused(
                "price.currency",
                b -> b.put("price", Map.of("amount", "10", "currency", "eur", "unit", "HOUR")));
        for (String notMoney : List.of("XXX", "XTS", "XAU", "BOV")) {
            refused(
                    "price.currency",
                    b ->
                            b.put(
                                    "price",
                                    Map.of("amount", "10", "currency", notMoney, "unit", "HOUR")));
        }
        refused("price.unit", b -> b.put("price", Map.of("amount", "10", "currency", "EUR")));
        refused("price", b -> b.put("negotiable", true));
        refused("price", b -> b.remove("price"));
        refused("category", b -> b.put("category", "repair.spaceships"));
        refused("title", b -> b.put("title", ""));
        refused("title", b -> b.put("title", "  "));
        refused("title", b -> b.put("title", "x".repeat(121)));
        refused("description", b -> b.put("description", "x".repeat(5001)));
        refused("tags", b -> b.put("tags", Collections.nCopies(11, "tag")));
        refused("tags[0]", b -> b.put("tags", List.of("t".repeat(31))));
        refused("quantity", b -> b.put("quantity", 3));
        refused(
                "quantity",
                b -> {
                    b.put("kind", "ITEM");
                    b.remove("quantity");
                });
        refused(
                "quantity",
                b -> {
                    b.put("kind", "ITEM");
                    b.put("quantity", 0);
                });
        refused(
                "quantity",
                b -> {
                    b.put("kind", "ITEM");
                    b.put("quantity", 10_001);
                });
        refused(
                "availability.timeZone",
                b -> b.put("availability", Map.of("timeZone", "Mars/Olympus")));
        refused(
                "availability.weekly[0]",
                b ->
                        b.put(
                                "availability",
                                Map.of(
                                        "timeZone",
                                        "Europe/Berlin",
                                        "weekly",
                                        List.of(
                                                Map.of(
                                                        "day", "MON", "from", "18:00", "to",
                                                        "09:00")))));
        refused("kind", b -> b.remove("kind"));
    }

    @Test
    void shouldNameAnUnknownKindOrUnitAsUnreadable() {
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("kind", "SPACESHIP");
        ListingApi.create(owner, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("errors.field", hasItem("kind"));

        Map<String, Object> unit = ListingApi.serviceBody();
        unit.put("price", Map.of("amount", "10", "currency", "EUR", "unit", "FORTNIGHT"));
        ListingApi.create(owner, unit).statusCode(400).body("errors.field", hasItem("price.unit"));
    }

    @Test
    void shouldRefuseAFractionOfAnItemInsteadOfRoundingItDown() {
        Map<String, Object> body = ListingApi.itemBody(1);
        body.put("quantity", 1.5);
        ListingApi.create(owner, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("errors.field", hasItem("quantity"));
        String id = ListingApi.createItem(owner, 2);
        ListingApi.patch(owner, id, Map.of("quantity", 1.7))
                .statusCode(400)
                .body("errors.field", hasItem("quantity"));
        ListingApi.get(owner, id).statusCode(200).body("quantity", equalTo(2));
    }

    @Test
    void shouldListTwentyOfThousandsOfInvalidTagsAndCountThemAll() {
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("tags", Collections.nCopies(5000, " "));
        ListingApi.create(owner, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors", hasSize(20))
                .body("errors[0].field", equalTo("tags"))
                .body("errors[1].field", equalTo("tags[0]"))
                .body("errors[19].field", equalTo("tags[18]"))
                .body("detail", endsWith("(5001 errors in all; the first 20 are listed)"));
    }

    @Test
    void shouldRefuseAnOverLargeBodyWithAProblem() {
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("description", "x".repeat(70_000));
        ListingApi.create(owner, body)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/body-too-large"));
    }

    @Test
    void shouldValidateAPatchAsAWhole() {
        String id = ListingApi.createListing(owner);
        Map<String, Object> bad = new HashMap<>();
        bad.put("price", Map.of("amount", "-5"));
        ListingApi.patch(owner, id, bad)
                .statusCode(400)
                .body("errors.field", hasItem("price.amount"));
        ListingApi.patch(owner, id, Map.of("kind", "ITEM"))
                .statusCode(400)
                .body("errors.field", hasItem("quantity"));
        ListingApi.patch(owner, id, Map.of("kind", "ITEM", "quantity", -1))
                .statusCode(400)
                .body("errors.field", hasItem("quantity"));

        given().when()
                .get("/api/listings/" + id)
                .then()
                .statusCode(200)
                .body("price.amount", org.hamcrest.Matchers.equalTo("450.00"))
                .body("kind", org.hamcrest.Matchers.equalTo("SERVICE"));
    }

    @Test
    void shouldCheckTheLengthOfTextAfterStrippingIt() {
        refused("title", b -> b.put("title", "  a"));
        refused("title", b -> b.put("title", " " + "x".repeat(121) + " "));

        String id = ListingApi.createListing(owner);
        ListingApi.patch(owner, id, Map.of("title", " ab "))
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        ListingApi.patch(
                        owner,
                        id,
                        Map.of("title", "  abc  ", "tags", List.of(" " + "t".repeat(30))))
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("abc"))
                .body("tags", org.hamcrest.Matchers.equalTo(List.of("t".repeat(30))));
    }

    @Test
    void shouldRefuseAWriteWithoutAValidToken() {
        given().contentType("application/json")
                .body(ListingApi.serviceBody())
                .when()
                .post("/api/listings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.forUser(owner).forged().sign())
                .contentType("application/json")
                .body(ListingApi.serviceBody())
                .when()
                .post("/api/listings")
                .then()
                .statusCode(401);
    }

    private void refused(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ListingApi.serviceBody();
        change.accept(body);
        ListingApi.create(owner, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem(field));
    }
}
