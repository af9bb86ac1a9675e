package dev.nearhand.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset pages for every sort: no duplicates, no gaps, no exact coordinates, clear 400s. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchPagingTest {

    // Kaohsiung: reserved for this test.
    private static final double LAT = 22.6273;
    private static final double LON = 120.3014;
    private static final String CATEGORY = "test.paging";
    private static final List<String> ALL = new ArrayList<>();

    @Inject ListingIndexService index;

    @BeforeEach
    void publishListings() {
        if (!ALL.isEmpty()) {
            return;
        }
        Random random = new Random(7);
        for (int i = 0; i < 57; i++) {
            UUID id = UUID.randomUUID();
            // Many equal prices and distances: ties must be broken by id, not by luck.
            String amount = i % 5 == 0 ? null : (100 + 50 * random.nextInt(4)) + ".00";
            index.apply(
                    UUID.randomUUID(),
                    Fixtures.listing(
                            id,
                            1,
                            "ACTIVE",
                            i % 2 == 0 ? "bike repair" : "bike rental",
                            CATEGORY,
                            LAT + random.nextInt(5) * 0.004,
                            LON + random.nextInt(5) * 0.004,
                            amount,
                            "TWD",
                            "pager-" + random.nextInt(6)));
            ALL.add(id.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "distance", "price", "credit"})
    void shouldReturnEveryListingExactlyOnceWhenPagingThroughEachSort(String sort) {
        Map<String, Object> params = params();
        params.put("sort", sort);
        params.put("limit", 7);
        params.put("q", "bike repair");

        List<String> ids = Fixtures.allIds(params);

        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ALL);
    }

    @Test
    void shouldOrderByDistanceAndPriceWhenAsked() {
        Map<String, Object> params = params();
        params.put("sort", "price");
        params.put("limit", 100);
        List<Float> prices =
                Fixtures.search(params)
                        .extract()
                        .jsonPath()
                        .getList("items.price.amount", String.class)
                        .stream()
                        .filter(p -> p != null)
                        .map(Float::valueOf)
                        .toList();
        assertThat(prices).isSorted();
        params.put("sort", "distance");
        List<Float> distances = Fixtures.search(params).extract().path("items.distanceKm");
        assertThat(distances).isSorted();
    }

    @Test
    void shouldRevealNoCoordinatesWhenSearching() {
        String body = Fixtures.search(params()).statusCode(200).extract().asString();

        assertThat(body)
                .doesNotContain("\"lat\"", "\"lon\"", "latitude", "longitude", "\"cell\"", "area");
        assertThat(body)
                .doesNotContain(String.valueOf(LAT), String.valueOf(LON), "22.62", "120.30");
        // Distances carry one decimal at most.
        assertThat(Pattern.compile("\"distanceKm\":\\d+\\.\\d{2,}").matcher(body).find()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "radiusKm=51",
                "sort=cheapest",
                "kind=ROBOT",
                "limit=101",
                "lat=91",
                "cursor=garbage",
                "maxPrice=1e200000",
                "maxPrice=1e-200000",
                "maxPrice=1000000000000000",
                "maxPrice=0.00001",
                "maxPrice=-1",
                "radiusKm=0.0000001",
                "radiusKm=0.09",
                "currency=twd",
                "currency=XYZ",
                "currency=XXX",
                "currency=XTS",
                "currency=XAU",
                "currency=BOV"
            })
    void shouldAnswerABadParameterWithAProblemNamingIt(String bad) {
        String[] parameter = bad.split("=");
        Map<String, Object> params = params();
        params.put(parameter[0], parameter[1]);

        given().queryParams(params)
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo(parameter[0]));
    }

    @Test
    void shouldRefuseARadiusTooSmallToScoreWithEvenWhereAListingIs() {
        // Some listings sit at this cell's centre: at distance 0 the score divided 0 by a radius
        // printed as 0.000000.
        var cell = Fixtures.CELLS.snap(LAT, LON);
        Map<String, Object> params = params();
        params.put("lat", cell.lat());
        params.put("lon", cell.lon());
        params.put("radiusKm", "0.0000001");

        given().queryParams(params)
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("radiusKm"));
    }

    @Test
    void shouldAcceptTheSmallestRadiusAndAMaxPriceWithFourDecimals() {
        Map<String, Object> params = params();
        params.put("radiusKm", "0.1");
        params.put("maxPrice", "999999999999999.9999");
        Fixtures.search(params).statusCode(200);
    }

    @Test
    void shouldSayACurrencyThatIsNoMoneyIsNotOneAndTakeOneThatIs() {
        Map<String, Object> params = params();
        params.put("currency", "XAU");
        Fixtures.search(params)
                .statusCode(400)
                .body("errors[0].message", equalTo(Currencies.NOT_MONEY));

        params.put("currency", "TWD");
        Fixtures.search(params).statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e200000", "1e-200000"})
    void shouldRefuseACursorWithASortKeyNoPageCanEndWith(String key) {
        Map<String, Object> params = params();
        params.put("sort", "price");
        params.put("cursor", Cursors.encode("PRICE", key, UUID.randomUUID().toString(), "TWD"));

        given().queryParams(params)
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRefuseTheAuditsCursorInAMadeUpCurrency() {
        Map<String, Object> params = params();
        params.put("sort", "price");
        // PRICE, 100.0000, the nil UUID and XYZ, as the audit sent it.
        params.put(
                "cursor",
                "UFJJQ0UfMTAwLjAwMDAfMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwH1hZWg");

        expectBadCursor(params);
    }

    /**
     * A cursor's currency is the one the search compared prices in, as the service wrote it: the
     * client's {@code currency}, none when no price is compared, the area's for a price sort or a
     * maxPrice (none only where no listing is priced, and then maxPrice leaves no next page).
     */
    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "price, -, -, XYZ",
                "price, -, -, XXX",
                "price, -, -, 'TWD''--'",
                "price, -, -, twd",
                "price, -, -, 'TWD '",
                "price, -, -, TWDTWD",
                "price, TWD, -, ''",
                "distance, TWD, -, ''",
                "relevance, -, 500, ''",
                "distance, -, -, TWD",
                "credit, -, -, EUR"
            })
    void shouldRefuseACursorWithACurrencyThisSearchWouldNotHaveWritten(
            String sort, String currency, String maxPrice, String cursorCurrency) {
        Map<String, Object> params = params();
        params.put("sort", sort);
        if (currency != null) {
            params.put("currency", currency);
        }
        if (maxPrice != null) {
            params.put("maxPrice", maxPrice);
        }
        params.put(
                "cursor",
                Cursors.encode(
                        sort.toUpperCase(Locale.ROOT),
                        "100.0000",
                        UUID.randomUUID().toString(),
                        cursorCurrency));

        expectBadCursor(params);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "distance", "price", "credit"})
    void shouldPageThroughEachSortInTheCurrencyAsked(String sort) {
        Map<String, Object> params = params();
        params.put("sort", sort);
        params.put("limit", 20);
        params.put("currency", "TWD");

        assertThat(Fixtures.allIds(params)).containsExactlyInAnyOrderElementsOf(ALL);
    }

    private static void expectBadCursor(Map<String, Object> params) {
        given().queryParams(params)
                .when()
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("not a cursor this service issued"));
    }

    private static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", LAT);
        params.put("lon", LON);
        params.put("radiusKm", 3);
        params.put("category", CATEGORY);
        return params;
    }
}
