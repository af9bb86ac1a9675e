package dev.nearhand.listing;

import static dev.nearhand.listing.ListingApi.LAT;
import static dev.nearhand.listing.ListingApi.LON;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ShopTest {

    @Test
    void shouldOpenAShopOnFirstPutAndUpdateItOnTheNext() {
        String user = ListingApi.newUser();

        var opened =
                ListingApi.putShop(user, ListingApi.shopBody(LAT, LON)).statusCode(201).extract();
        String shopId = opened.path("id");
        assertThat(opened.header("Location")).endsWith("/api/shops/" + shopId);

        Map<String, Object> changed = ListingApi.shopBody(LAT, LON);
        changed.put("bio", "Now also scooters. 也修滑板車。");
        ListingApi.putShop(user, changed)
                .statusCode(200)
                .body("id", equalTo(shopId))
                .body("revision", equalTo(2));
        given().auth()
                .oauth2(TestTokens.of(user))
                .when()
                .get("/api/shops/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(shopId))
                .body("bio", equalTo("Now also scooters. 也修滑板車。"))
                .body("location.lat", equalTo((float) LAT))
                .body("location.lon", equalTo((float) LON));
    }

    @Test
    void shouldOpenOneShopWhenAUsersFirstPutsRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                String user = ListingApi.newUser();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        return ListingApi.putShop(
                                                        user, ListingApi.shopBody(LAT, LON))
                                                .extract();
                                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                Set<String> shopIds = new HashSet<>();
                for (Future<ExtractableResponse<Response>> answer : answers) {
                    ExtractableResponse<Response> response = answer.get(30, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    shopIds.add(response.path("id"));
                }

                assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
                assertThat(shopIds).hasSize(1);
                given().auth()
                        .oauth2(TestTokens.of(user))
                        .when()
                        .get("/api/shops/me")
                        .then()
                        .statusCode(200)
                        .body("id", equalTo(shopIds.iterator().next()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldShowOnlyTheCoarseAreaOnThePublicShopPage() {
        String user = ListingApi.newUser();
        String shopId = ListingApi.openShop(user);
        ListingApi.createListing(user);

        String page =
                given().when()
                        .get("/api/shops/" + shopId)
                        .then()
                        .statusCode(200)
                        .body("displayName", equalTo("阿明單車 Ming's bikes"))
                        .body("area.cell", notNullValue())
                        .body("location", nullValue())
                        .body("credit", nullValue())
                        .body("listings.items.title", hasItem("單車修理 Fahrradreparatur bike repair"))
                        .extract()
                        .asString();

        assertThat(page)
                .doesNotContain("25.033964")
                .doesNotContain("121.564468")
                .doesNotContain(user);
    }

    @Test
    void shouldPlaceTheAreaCentreWithinTheCellOfTheShop() {
        String shopId = ListingApi.openShop(ListingApi.newUser());

        float lat = given().when().get("/api/shops/" + shopId).then().extract().path("area.lat");
        float lon = given().when().get("/api/shops/" + shopId).then().extract().path("area.lon");

        // A resolution-9 H3 cell is about 350 m across: its centre is near, but not at, the shop.
        double metres =
                Math.hypot(
                        (lat - LAT) * 111_320,
                        (lon - LON) * 111_320 * Math.cos(Math.toRadians(LAT)));
        assertThat(metres).isLessThan(250).isGreaterThan(0.5);
    }

    @Test
    void shouldCheckTheLengthOfTheShopNameAsStoredWithoutSurroundingSpaces() {
        Map<String, Object> fits = ListingApi.shopBody(LAT, LON);
        fits.put("displayName", "  " + "x".repeat(60) + "  ");
        ListingApi.putShop(ListingApi.newUser(), fits)
                .statusCode(201)
                .body("displayName", equalTo("x".repeat(60)));

        Map<String, Object> tooLong = ListingApi.shopBody(LAT, LON);
        tooLong.put("displayName", " " + "x".repeat(61) + " ");
        ListingApi.putShop(ListingApi.newUser(), tooLong)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("displayName"));
    }

    @Test
    void shouldAnswerNotFoundForMyShopBeforeIOpenOne() {
        given().auth()
                .oauth2(TestTokens.of(ListingApi.newUser()))
                .when()
                .get("/api/shops/me")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/shop-not-found"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownShop() {
        given().when()
                .get("/api/shops/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", endsWith("/shop-not-found"));
    }

    @Test
    void shouldRefuseToOpenAShopWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(ListingApi.shopBody(LAT, LON))
                .when()
                .put("/api/shops/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNameEachInvalidShopField() {
        Map<String, Object[]> cases =
                Map.of(
                        "location.lat", new Object[] {"location", Map.of("lat", 90.5, "lon", 10)},
                        "location.lon",
                                new Object[] {"location", Map.of("lat", 10, "lon", -180.01)},
                        "location", new Object[] {"location", null},
                        "serviceRadiusKm", new Object[] {"serviceRadiusKm", 0},
                        "displayName", new Object[] {"displayName", " "},
                        "languages",
                                new Object[] {
                                    "languages", java.util.Collections.nCopies(11, "en")
                                });
        cases.forEach(
                (field, change) -> {
                    Map<String, Object> body = ListingApi.shopBody(LAT, LON);
                    body.put((String) change[0], change[1]);
                    ListingApi.putShop(ListingApi.newUser(), body)
                            .statusCode(400)
                            .contentType("application/problem+json")
                            .body("type", endsWith("/validation-failed"))
                            .body("errors.field", hasItem(field));
                });
    }

    @Test
    void shouldKeepEachUsersShopApart() {
        String alice = ListingApi.newUser();
        String bob = ListingApi.newUser();
        String aliceShop = ListingApi.openShop(alice);

        String bobShop = ListingApi.openShop(bob);

        assertThat(bobShop).isNotEqualTo(aliceShop);
        given().auth()
                .oauth2(TestTokens.of(alice))
                .when()
                .get("/api/shops/me")
                .then()
                .body("id", equalTo(aliceShop));
    }
}
