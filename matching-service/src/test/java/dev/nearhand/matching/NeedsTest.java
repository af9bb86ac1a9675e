package dev.nearhand.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.matching.service.ShopAreaService;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Posting needs, finding them from a shop, expiry, closing, and the NeedPosted event. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class NeedsTest {

    // Keelung: reserved for this test.
    private static final double LAT = 25.1283;
    private static final double LON = 121.7419;
    private static final double KM_IN_LAT = 1 / 111.2;

    @Inject ListingIndexService index;
    @Inject ShopAreaService shops;
    @Inject TestClock clock;

    @Test
    void shouldAnswerAPostedNeedWithCandidatesAndAGuidePriceAndAnnounceIt() {
        // A category of its own, shaped like a listing-service id (each part starts with a letter).
        String category = "tools.t" + UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        UUID.randomUUID(),
                        1,
                        "ACTIVE",
                        "電鑽出借 Bosch",
                        category,
                        LAT,
                        LON,
                        "150.00",
                        "TWD",
                        "driller"));
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        UUID.randomUUID(),
                        1,
                        "ACTIVE",
                        "Ladder to lend",
                        category,
                        LAT,
                        LON,
                        "80.00",
                        "TWD",
                        "ladder"));

        JsonPath body =
                post("buyer-" + UUID.randomUUID(), "借我一个电钻", category, LAT + 0.0001, LON + 0.0001)
                        .statusCode(201)
                        .header("Location", containsString("/api/needs/"))
                        .extract()
                        .jsonPath();

        assertThat(body.getList("candidates.title", String.class)).containsExactly("電鑽出借 Bosch");
        assertThat(body.getBoolean("guidePrice.insufficientData")).isTrue();
        String raw = body.prettify();
        assertThat(raw).doesNotContain("\"lat\"", "\"lon\"", String.valueOf(LAT + 0.0001));

        String needId = body.getString("needId");
        try (KafkaProbe probe = KafkaProbe.reading(Topics.MATCHING_NEEDS)) {
            List<ConsumerRecord<String, String>> events =
                    probe.awaitAtLeast(1, r -> needId.equals(r.key()));
            String json = events.get(0).value();
            GoldenSamples.assertSameShape(json, "matching/NeedPosted.json");
            // Coarse area only: the cell centre, not the posted point.
            Area cell = Fixtures.CELLS.snap(LAT + 0.0001, LON + 0.0001);
            assertThat(json).contains(cell.cell()).doesNotContain(String.valueOf(LAT + 0.0001));
        }
    }

    @Test
    void shouldShowAProviderOnlyTheOpenNeedsWithinTheShopRadiusUntilTheyExpire() {
        String owner = "provider-" + UUID.randomUUID();
        shops.apply(UUID.randomUUID(), Fixtures.shop(owner, LAT + 20 * KM_IN_LAT, LON, 3.0));
        String category = "repair.bike";
        String near =
                post("buyer-a", "fix my bike", category, LAT + 21 * KM_IN_LAT, LON)
                        .statusCode(201)
                        .extract()
                        .path("needId");
        String far =
                post("buyer-b", "fix my bike too", category, LAT + 26 * KM_IN_LAT, LON)
                        .statusCode(201)
                        .extract()
                        .path("needId");

        List<String> seen = nearby(owner).statusCode(200).extract().path("items.needId");
        assertThat(seen).contains(near).doesNotContain(far);

        clock.advance(Duration.ofHours(73));
        List<String> later = nearby(owner).statusCode(200).extract().path("items.needId");
        assertThat(later).doesNotContain(near);
    }

    @Test
    void shouldRefuseNearbyWhenTheCallerHasNoShop() {
        nearby("no-shop-" + UUID.randomUUID())
                .statusCode(409)
                .body("type", endsWith("/shop-required"));
    }

    @Test
    void shouldLetOnlyThePosterCloseANeed() {
        String owner = "provider-" + UUID.randomUUID();
        shops.apply(UUID.randomUUID(), Fixtures.shop(owner, LAT + 40 * KM_IN_LAT, LON, 2.0));
        String poster = "poster-" + UUID.randomUUID();
        String needId =
                post(poster, "walk my dog", "care.pets", LAT + 40 * KM_IN_LAT, LON)
                        .statusCode(201)
                        .extract()
                        .path("needId");

        given().auth()
                .oauth2(TestTokens.of("intruder"))
                .when()
                .delete("/api/needs/" + needId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertThat(nearby(owner).extract().<List<String>>path("items.needId")).contains(needId);

        given().auth()
                .oauth2(TestTokens.of(poster))
                .when()
                .delete("/api/needs/" + needId)
                .then()
                .statusCode(204);
        assertThat(nearby(owner).extract().<List<String>>path("items.needId"))
                .doesNotContain(needId);
    }

    @Test
    void shouldLetOnlyThePosterReadANeedAtItsLocationAsProvidersSeeIt() {
        String owner = "provider-" + UUID.randomUUID();
        shops.apply(UUID.randomUUID(), Fixtures.shop(owner, LAT + 80 * KM_IN_LAT, LON, 2.0));
        String poster = "poster-" + UUID.randomUUID();
        var posted =
                post(poster, "water my plants", "care.plants", LAT + 80 * KM_IN_LAT, LON)
                        .statusCode(201)
                        .extract();
        String location = posted.header("Location");
        String needId = posted.path("needId");

        Map<String, Object> read =
                read(poster, location).statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> seen =
                nearby(owner)
                        .extract()
                        .jsonPath()
                        .getMap("items.find { it.needId == '" + needId + "' }");
        assertThat(read).isEqualTo(seen).containsEntry("text", "water my plants");

        // Another user's need, an unknown one and a closed one look alike.
        String othersDetail = notFound(read("intruder", location)).extract().path("detail");
        String deleteDetail =
                notFound(
                                given().auth()
                                        .oauth2(TestTokens.of("intruder"))
                                        .when()
                                        .delete(location)
                                        .then())
                        .extract()
                        .path("detail");
        assertThat(othersDetail).isEqualTo(deleteDetail);
        notFound(read(poster, "/api/needs/" + UUID.randomUUID()));
        given().when().get(location).then().statusCode(401);
        given().auth().oauth2(TestTokens.of(poster)).when().delete(location).then().statusCode(204);
        notFound(read(poster, location));
    }

    private static ValidatableResponse read(String user, String location) {
        return given().auth().oauth2(TestTokens.of(user)).when().get(location).then();
    }

    private static ValidatableResponse notFound(ValidatableResponse response) {
        return response.statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void shouldRefuseAnInvalidNeedOrAnAnonymousPoster() {
        given().contentType("application/json")
                .body(Map.of("text", "x"))
                .when()
                .post("/api/needs")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.of("someone"))
                .contentType("application/json")
                .body(
                        Map.of(
                                "text",
                                "help",
                                "category",
                                "errands",
                                "location",
                                Map.of("lat", 95, "lon", 0)))
                .when()
                .post("/api/needs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("location.lat"));
    }

    @Test
    void shouldKeepABudgetInItsCurrencysMinorDigits() {
        String owner = "provider-" + UUID.randomUUID();
        shops.apply(UUID.randomUUID(), Fixtures.shop(owner, LAT + 60 * KM_IN_LAT, LON, 2.0));
        String kuwait =
                post(
                                "buyer-" + UUID.randomUUID(),
                                "iron my shirts",
                                "errands",
                                LAT + 60 * KM_IN_LAT,
                                LON,
                                Map.of("amount", "12.345", "currency", "KWD"))
                        .statusCode(201)
                        .body("budget.amount", equalTo("12.345"))
                        .body("budget.currency", equalTo("KWD"))
                        .extract()
                        .path("needId");
        String yen =
                post(
                                "buyer-" + UUID.randomUUID(),
                                "carry a sofa",
                                "moving",
                                LAT + 60 * KM_IN_LAT,
                                LON,
                                Map.of("amount", "1000.00", "currency", "JPY"))
                        .statusCode(201)
                        .body("budget.amount", equalTo("1000"))
                        .extract()
                        .path("needId");

        // Zeros beyond the yen's digits are no decimals; read back from the database, all three
        // KWD decimals were stored and none were added to the yen.
        JsonPath nearby = nearby(owner).statusCode(200).extract().jsonPath();
        assertThat(nearby.getString("items.find { it.needId == '" + kuwait + "' }.budget.amount"))
                .isEqualTo("12.345");
        assertThat(nearby.getString("items.find { it.needId == '" + yen + "' }.budget.amount"))
                .isEqualTo("1000");
        try (KafkaProbe probe = KafkaProbe.reading(Topics.MATCHING_NEEDS)) {
            String json = probe.awaitAtLeast(1, r -> kuwait.equals(r.key())).get(0).value();
            assertThat(JsonPath.from(json).getString("budget.amount")).isEqualTo("12.345");
        }
    }

    @Test
    void shouldRefuseABudgetWithMoreDecimalsThanItsCurrencyHasWithAProblemNamingIt() {
        refusedBudget("carry a sofa", "moving", "1000.5", "JPY")
                .body("detail", containsString("budget.amount"))
                .body(
                        "errors[0].message",
                        equalTo("JPY amounts are whole numbers, without decimals"));
        refusedBudget("walk my dog", "care.pets", "10.123", "EUR")
                .body("errors[0].message", equalTo("EUR amounts have at most 2 decimals"));
    }

    /** A need posted with a budget that is refused as a bad {@code budget.amount}. */
    private static ValidatableResponse refusedBudget(
            String text, String category, String amount, String currency) {
        return post(
                        "buyer-" + UUID.randomUUID(),
                        text,
                        category,
                        LAT,
                        LON,
                        Map.of("amount", amount, "currency", currency))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", contains("budget.amount"));
    }

    @Test
    void shouldRefuseANearbyCursorWithATimeNoNeedCanHaveWithAProblemNamingIt() {
        String owner = "provider-" + UUID.randomUUID();
        shops.apply(UUID.randomUUID(), Fixtures.shop(owner, LAT, LON, 3.0));
        String cursor = Cursors.encode("+1000000000-12-31T23:59:59Z", UUID.randomUUID().toString());

        given().auth()
                .oauth2(TestTokens.of(owner))
                .queryParam("cursor", cursor)
                .when()
                .get("/api/needs/nearby")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    private static ValidatableResponse post(
            String user, String text, String category, double lat, double lon) {
        return post(user, text, category, lat, lon, Map.of("amount", "200.00", "currency", "TWD"));
    }

    private static ValidatableResponse post(
            String user,
            String text,
            String category,
            double lat,
            double lon,
            Map<String, String> budget) {
        return given().auth()
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
                                "budget",
                                budget,
                                "when",
                                "today"))
                .when()
                .post("/api/needs")
                .then();
    }

    private static ValidatableResponse nearby(String user) {
        return given().auth().oauth2(TestTokens.of(user)).when().get("/api/needs/nearby").then();
    }
}
