package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every id-bearing endpoint, called with another user's token: refused, and nothing changes. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingAuthorizationTest {

    private String owner;
    private String stranger;
    private String id;

    @BeforeEach
    void listSomething() {
        owner = ListingApi.newUser();
        stranger = ListingApi.newUser();
        ListingApi.openShop(owner);
        ListingApi.openShop(stranger);
        id = ListingApi.createListing(owner);
    }

    @Test
    void shouldForbidChangingSomeoneElsesVisibleListing() {
        ListingApi.patch(stranger, id, Map.of("title", "Mine now"))
                .statusCode(403)
                .body("type", endsWith("/not-owner"));
        ListingApi.action(stranger, id, "pause").statusCode(403);
        ListingApi.action(stranger, id, "resume").statusCode(403);
        ListingApi.withdraw(stranger, id).statusCode(403);

        unchanged("ACTIVE", 1);
    }

    @Test
    void shouldNotEvenRevealSomeoneElsesHiddenListing() {
        ListingApi.action(owner, id, "pause").statusCode(200);

        given().auth()
                .oauth2(TestTokens.of(stranger))
                .when()
                .get("/api/listings/" + id)
                .then()
                .statusCode(404);
        ListingApi.patch(stranger, id, Map.of("title", "Mine now")).statusCode(404);
        ListingApi.action(stranger, id, "resume").statusCode(404);
        ListingApi.action(stranger, id, "pause").statusCode(404);
        ListingApi.withdraw(stranger, id).statusCode(404);

        unchanged("PAUSED", 2);
    }

    @Test
    void shouldShowStrangersThePublicViewWithoutCoordinates() {
        given().auth()
                .oauth2(TestTokens.of(stranger))
                .when()
                .get("/api/listings/" + id)
                .then()
                .statusCode(200)
                .body("location", org.hamcrest.Matchers.nullValue())
                .body("area.cell", org.hamcrest.Matchers.notNullValue());
    }

    private void unchanged(String status, int revision) {
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo(status))
                .body("title", equalTo(ListingApi.serviceBody().get("title")))
                .body("revision", equalTo(revision));
    }
}
