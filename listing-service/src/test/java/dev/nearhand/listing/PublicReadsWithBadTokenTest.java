package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Public reads need no token (API.md), so a bad one (forged, expired, unusable, not a JWT) is
 * answered as the same read without a token would be, never with a 401; also when it names the
 * owner, who sees more only with a good token.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class PublicReadsWithBadTokenTest {

    private String owner;
    private String shopId;
    private String listingId;

    @BeforeEach
    void listSomething() {
        owner = ListingApi.newUser();
        shopId = ListingApi.openShop(owner);
        listingId = ListingApi.createListing(owner);
    }

    @Test
    void shouldShowAListingAsToAnAnonymousCallerWhenTheTokenIsBad() {
        for (String token : badTokensOf(owner)) {
            read(token, "/api/listings/" + listingId)
                    .statusCode(200)
                    .body("id", equalTo(listingId))
                    .body("location", nullValue())
                    .body("area.cell", notNullValue());
        }
    }

    @Test
    void shouldHideAPausedListingFromABadTokenOfItsOwnerButNotFromAGoodOne() {
        ListingApi.action(owner, listingId, "pause").statusCode(200);

        for (String token : badTokensOf(owner)) {
            read(token, "/api/listings/" + listingId).statusCode(404);
        }
        read(TestTokens.of(owner), "/api/listings/" + listingId)
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("location.lat", notNullValue());
    }

    @Test
    void shouldShowAShopItsListingsAndTheCategoriesWhateverTheToken() {
        for (String token : badTokensOf(owner)) {
            read(token, "/api/shops/" + shopId)
                    .statusCode(200)
                    .body("id", equalTo(shopId))
                    .body("location", nullValue())
                    .body("listings.items.id", hasItem(listingId));
            read(token, "/api/shops/" + shopId + "/listings")
                    .statusCode(200)
                    .body("items.id", hasItem(listingId));
            read(token, "/api/categories").statusCode(200).body("items.id", hasItem("repair.bike"));
        }
    }

    private static List<String> badTokensOf(String user) {
        return List.of(
                TestTokens.forUser(user).forged().sign(),
                TestTokens.forUser(user).expiredSince(Duration.ofMinutes(10)).sign(),
                TestTokens.forUser(user).audience("another-app").sign(),
                TestTokens.forUser(user).withoutGroups().sign(),
                "not.a.jwt");
    }

    private static ValidatableResponse read(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }
}
