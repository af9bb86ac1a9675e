package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A market's price scores follow its median only when the median leaves the band around the one
 * they were scored with (matching.search.rescore-drift, 2 %): counted event by event, recomputed
 * then.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class StandingTest {

    // Tainan: reserved for this test.
    private static final double LAT = 22.9999;
    private static final double LON = 120.2270;

    /** The price weight once the text weight is shared out (no q): 0.10 / 0.55. */
    private static final double PRICE_WEIGHT = 0.10 / 0.55;

    @Inject ListingIndexService index;

    @Test
    void shouldRescoreAMarketOnlyWhenItsMedianLeavesTheBand() {
        String category = "test.standing." + UUID.randomUUID();
        UUID cheap = publish(category, "100.00");
        publish(category, "100.00");
        publish(category, "100.00");
        double atMedian = score(category, cheap); // scored against 100: price score 0.5

        publish(category, "1000.00");
        publish(category, "1000.00");
        publish(category, "1000.00");
        // 3 of 6 above the band: not more than half, the scores stay.
        assertThat(score(category, cheap)).isEqualTo(atMedian);

        publish(category, "1000.00");
        // 4 of 7 above: the median is 1000 now, 100 scores 1000 / 1100.
        assertThat(score(category, cheap) - atMedian)
                .isCloseTo(PRICE_WEIGHT * (1000.0 / 1100 - 0.5), within(0.0002));

        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        cheap,
                        2,
                        "ACTIVE",
                        "Bike repair",
                        category,
                        LAT,
                        LON,
                        "2000.00",
                        "TWD",
                        "standing-seller"));
        // Dearer than the median (1000; 2000 scores 1/3), and counted once, not twice.
        assertThat(score(category, cheap) - atMedian)
                .isCloseTo(PRICE_WEIGHT * (1000.0 / 3000 - 0.5), within(0.0002));
    }

    private UUID publish(String category, String amount) {
        UUID id = UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        id,
                        1,
                        "ACTIVE",
                        "Bike repair",
                        category,
                        LAT,
                        LON,
                        amount,
                        "TWD",
                        "standing-seller"));
        return id;
    }

    private static double score(String category, UUID listing) {
        List<Map<String, Object>> items =
                Fixtures.allItems(Map.of("lat", LAT, "lon", LON, "category", category));
        return items.stream()
                .filter(item -> listing.toString().equals(item.get("listingId")))
                .mapToDouble(item -> Double.parseDouble(String.valueOf(item.get("score"))))
                .findFirst()
                .orElseThrow();
    }
}
