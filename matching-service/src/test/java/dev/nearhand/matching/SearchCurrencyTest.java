package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prices are compared in one currency, never across: maxPrice without {@code currency} is in the
 * area's currency (the one most active priced listings within the radius use), and the price sort
 * lists that currency first, then the others by code, then the unpriced, on every page alike.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchCurrencyTest {

    // Austrian towns, each reserved for one test: the area's currency counts every listing there.
    // The parameterized test adds its listings to Innsbruck once per sort, which keeps the shares.
    private static final double[] INNSBRUCK = {47.2692, 11.4041};
    private static final double[] SALZBURG = {47.8095, 13.0550};
    private static final double[] GRAZ = {47.0707, 15.4395};
    private static final double[] LINZ = {48.3069, 14.2858};
    private static final double[] BREGENZ = {47.5031, 9.7471};
    private static final double[] VILLACH = {46.6111, 13.8558};
    private static final double[] ST_POELTEN = {48.2047, 15.6256};

    private static final double RADIUS_KM = 2;

    /** About 5 km north: outside the radius. */
    private static final double OUTSIDE = 0.045;

    @Inject ListingIndexService index;

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "distance", "price", "credit"})
    void shouldCompareMaxPriceInTheAreasMostUsedCurrencyWhenNoneIsGiven(String sort) {
        String category = "test.currency." + UUID.randomUUID();
        String elsewhere = "test.currency." + UUID.randomUUID();
        double[] at = INNSBRUCK;
        publish(at, 0, category, "30.00", "EUR");
        publish(at, 1, category, "45.00", "EUR");
        publish(at, 2, category, "60.00", "EUR");
        publish(at, 3, category, null, null);
        // The most used currency of the category searched, but not of the area.
        publish(at, 4, category, "45.00", "TWD");
        publish(at, 5, category, "12.00", "TWD");
        publish(at, 6, category, "13.00", "TWD");
        publish(at, 7, category, "5000.00", "TWD");
        publish(at, 8, elsewhere, "1.00", "EUR");
        publish(at, 9, elsewhere, "2.00", "EUR");
        // Neither paused listings nor listings beyond the radius make the area's currency.
        for (int i = 0; i < 3; i++) {
            publish(at, 10 + i, category, "11.00", "TWD", "PAUSED");
            publish(new double[] {at[0] + OUTSIDE, at[1]}, i, category, "11.00", "TWD");
        }

        Map<String, Object> params = params(at, category);
        params.put("sort", sort);
        params.put("maxPrice", "50");

        assertThat(prices(params)).containsExactlyInAnyOrder("30.00 EUR", "45.00 EUR");
        params.put("currency", "TWD");
        assertThat(prices(params)).containsExactlyInAnyOrder("45.00 TWD", "12.00 TWD", "13.00 TWD");
        params.put("currency", "EUR");
        assertThat(prices(params)).containsExactlyInAnyOrder("30.00 EUR", "45.00 EUR");
    }

    @Test
    void shouldSortByPriceInTheAreasCurrencyFirstThenByCurrencyThenUnpricedOnEveryPage() {
        String category = "test.currency." + UUID.randomUUID();
        double[] at = SALZBURG;
        publish(at, 0, category, "80.00", "EUR");
        publish(at, 1, category, "10.00", "EUR");
        publish(at, 2, category, null, null);
        publish(at, 3, category, "100.00", "TWD");
        publish(at, 4, category, "45.00", "EUR");
        publish(at, 5, category, "20.00", "TWD");
        publish(at, 6, category, "50.00", "CHF");
        publish(at, 7, category, null, null);
        Map<String, Object> params = params(at, category);
        params.put("sort", "price");

        List<String> expected =
                List.of(
                        "10.00 EUR",
                        "45.00 EUR",
                        "80.00 EUR",
                        "50.00 CHF",
                        "20.00 TWD",
                        "100.00 TWD",
                        "none",
                        "none");
        params.put("limit", 100);
        assertThat(prices(params)).containsExactlyElementsOf(expected);
        params.put("limit", 2);
        assertThat(prices(params)).containsExactlyElementsOf(expected);

        params.put("currency", "TWD");
        assertThat(prices(params))
                .containsExactly(
                        "20.00 TWD",
                        "100.00 TWD",
                        "50.00 CHF",
                        "10.00 EUR",
                        "45.00 EUR",
                        "80.00 EUR",
                        "none",
                        "none");
    }

    @Test
    void shouldKeepTheFirstPagesCurrencyWhenTheAreasChangesWhilePaging() {
        String category = "test.currency." + UUID.randomUUID();
        double[] at = GRAZ;
        publish(at, 0, category, "10.00", "EUR");
        publish(at, 1, category, "20.00", "EUR");
        publish(at, 2, category, "30.00", "TWD");
        Map<String, Object> params = params(at, category);
        params.put("sort", "price");
        params.put("limit", 1);
        var first = Fixtures.search(params).statusCode(200).extract();
        assertThat(first.<String>path("items[0].price.currency")).isEqualTo("EUR");

        // Now TWD is the area's currency; the search under way still pages in EUR.
        publish(at, 3, category, "5.00", "TWD");
        publish(at, 4, category, "6.00", "TWD");
        params.put("cursor", first.path("nextCursor"));
        List<String> rest = prices(params);

        assertThat(rest).containsExactly("20.00 EUR", "5.00 TWD", "6.00 TWD", "30.00 TWD");
    }

    @Test
    void shouldBreakATieBetweenCurrenciesByCode() {
        String category = "test.currency." + UUID.randomUUID();
        double[] at = BREGENZ;
        publish(at, 0, category, "40.00", "TWD");
        publish(at, 1, category, "41.00", "TWD");
        publish(at, 2, category, "42.00", "EUR");
        publish(at, 3, category, "43.00", "EUR");
        Map<String, Object> params = params(at, category);
        params.put("maxPrice", "50");

        assertThat(prices(params)).containsExactlyInAnyOrder("42.00 EUR", "43.00 EUR");
    }

    @Test
    void shouldFindNothingAtAMaxPriceWhereNoListingHasAPrice() {
        String category = "test.currency." + UUID.randomUUID();
        double[] at = LINZ;
        publish(at, 0, category, null, null);
        Map<String, Object> params = params(at, category);

        assertThat(prices(params)).containsExactly("none");
        params.put("maxPrice", "50");
        assertThat(prices(params)).isEmpty();
    }

    @Test
    void shouldPageByPriceWhereNoListingHasAPriceOnACursorWithoutACurrency() {
        String category = "test.currency." + UUID.randomUUID();
        double[] at = ST_POELTEN;
        publish(at, 0, category, null, null);
        publish(at, 1, category, null, null);
        Map<String, Object> params = params(at, category);
        params.put("sort", "price");
        params.put("limit", 1);

        assertThat(prices(params)).containsExactly("none", "none");
    }

    @Test
    void shouldRefuseACursorOfASearchInAnotherCurrency() {
        String category = "test.currency." + UUID.randomUUID();
        double[] at = VILLACH;
        publish(at, 0, category, "10.00", "EUR");
        publish(at, 1, category, "20.00", "EUR");
        Map<String, Object> params = params(at, category);
        params.put("sort", "price");
        params.put("limit", 1);
        String cursor = Fixtures.search(params).statusCode(200).extract().path("nextCursor");

        params.put("cursor", cursor);
        params.put("currency", "TWD");
        Fixtures.search(params)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        params.put("currency", "EUR");
        assertThat(prices(params)).containsExactly("20.00 EUR");
    }

    private void publish(double[] at, int step, String category, String amount, String currency) {
        publish(at, step, category, amount, currency, "ACTIVE");
    }

    /** A listing {@code step} × 110 m north of {@code at}. */
    private void publish(
            double[] at, int step, String category, String amount, String currency, String status) {
        UUID id = UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        id,
                        1,
                        status,
                        "Bike repair",
                        category,
                        at[0] + step * 0.001,
                        at[1],
                        amount,
                        currency,
                        "seller-" + id));
    }

    private static Map<String, Object> params(double[] at, String category) {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", at[0]);
        params.put("lon", at[1]);
        params.put("radiusKm", RADIUS_KM);
        params.put("category", category);
        return params;
    }

    /** Every result over all pages as "amount currency", or "none" without a price. */
    private static List<String> prices(Map<String, Object> params) {
        return Fixtures.allItems(params).stream()
                .map(
                        item -> {
                            @SuppressWarnings("unchecked")
                            Map<String, String> price = (Map<String, String>) item.get("price");
                            return price == null
                                    ? "none"
                                    : price.get("amount") + " " + price.get("currency");
                        })
                .toList();
    }
}
