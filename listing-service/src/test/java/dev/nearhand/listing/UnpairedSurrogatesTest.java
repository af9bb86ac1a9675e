package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Half of a UTF-16 surrogate pair, written as {@code \ud800} in JSON, is refused naming the field:
 * PostgreSQL would have stored it as "?". Whole pairs (emoji) keep round-tripping.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class UnpairedSurrogatesTest {

    /** Stands for the escape in a body built as a map; see {@link #json}. */
    private static final String LONE = "@LONE@";

    private String owner;

    @BeforeEach
    void openShop() {
        owner = ListingApi.newUser();
        ListingApi.openShop(owner);
    }

    @Test
    void shouldRefuseAListingTitleOrTagWithALoneSurrogate() throws JsonProcessingException {
        Map<String, Object> title = ListingApi.serviceBody();
        title.put("title", "bike " + LONE + " repair");
        refusedNaming("title", send("POST", "/api/listings", json(title)));

        Map<String, Object> tags = ListingApi.serviceBody();
        tags.put("tags", List.of("bike", LONE));
        refusedNaming("tags[1]", send("POST", "/api/listings", json(tags)));
    }

    @Test
    void shouldRefuseAPatchWithALoneSurrogateAndKeepTheListing() throws JsonProcessingException {
        String id = ListingApi.createListing(owner);

        refusedNaming(
                "description",
                send("PATCH", "/api/listings/" + id, json(Map.of("description", "x" + LONE))));

        ListingApi.get(owner, id)
                .statusCode(200)
                .body("description", equalTo(ListingApi.serviceBody().get("description")))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldRefuseAShopNameWithALoneSurrogate() throws JsonProcessingException {
        Map<String, Object> shop = ListingApi.shopBody(ListingApi.LAT, ListingApi.LON);
        shop.put("displayName", "Ming" + LONE);
        refusedNaming("displayName", send("PUT", "/api/shops/me", json(shop)));
    }

    @Test
    void shouldKeepATitleWithASurrogatePairWrittenAsEscapes() throws JsonProcessingException {
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("title", "bike repair " + LONE);
        String pair = json(body).replace("\\ud800", "\\ud83d\\udeb2");
        String id = send("POST", "/api/listings", pair).statusCode(201).extract().path("id");

        given().when()
                .get("/api/listings/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("bike repair 🚲"));
    }

    private static void refusedNaming(String field, ValidatableResponse response) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body(
                        "detail",
                        equalTo("Field '" + field + "' contains an unpaired UTF-16 surrogate"))
                .body("errors[0].field", equalTo(field));
    }

    /** The body as JSON text with the escape {@code \ud800} where {@link #LONE} stood. */
    private static String json(Map<String, Object> body) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(body).replace(LONE, "\\ud800");
    }

    private ValidatableResponse send(String method, String path, String json) {
        return given().auth()
                .oauth2(TestTokens.of(owner))
                .contentType("application/json")
                .body(json)
                .when()
                .request(method, path)
                .then();
    }
}
