package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.service.CreditService;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relevance pages read nearest-first are exactly the pages of scoring every candidate: compared
 * with all candidates fetched by distance and ranked here by their scores, on a third of the Taipei
 * data (Inside Airbnb, CC BY 4.0) with its real prices and sellers of varied credit.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchRelevanceTest {

    private static final String CATEGORY = "test.relevance";
    private static final String[] WORDS = {"bike repair", "cozy room", "maths tutor", "電鑽出借"};
    private static final int SELLERS = 300;
    private static boolean loaded;

    @Inject ListingIndexService index;
    @Inject CreditService credits;

    @BeforeEach
    void loadOnce() {
        if (loaded) {
            return;
        }
        Random random = new Random(11);
        List<ListingIndexService.Incoming> events = new ArrayList<>();
        for (AirbnbCsv.Row row : AirbnbCsv.read("taipei")) {
            if (row.price() == null || random.nextInt(3) > 0) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("rel-" + row.id()).getBytes(StandardCharsets.UTF_8));
            String title = WORDS[random.nextInt(WORDS.length)] + " " + row.name();
            String price = String.format(Locale.ROOT, "%.2f", row.price());
            String seller = "rel-seller-" + random.nextInt(SELLERS);
            events.add(
                    new ListingIndexService.Incoming(
                            UUID.randomUUID(),
                            Fixtures.listing(
                                    id, 1, "ACTIVE", title, CATEGORY, row.lat(), row.lon(), price,
                                    "TWD", seller)));
        }
        for (int i = 0; i < events.size(); i += 500) {
            index.applyAll(events.subList(i, Math.min(events.size(), i + 500)));
        }
        // Half the sellers scored by reputation (any credit), the rest neutral.
        for (int s = 0; s < SELLERS; s += 2) {
            credits.apply(
                    new CreditChanged(
                            UUID.randomUUID(),
                            Instant.now(),
                            1,
                            "rel-seller-" + s,
                            random.nextInt(1001),
                            500,
                            "SILVER",
                            3,
                            1));
        }
        loaded = true;
    }

    @ParameterizedTest
    @CsvSource({
        "25.0330, 121.5654, 5, room",
        "25.0478, 121.5170, 2, bike",
        "25.0418, 121.5436, 1.5, ''",
        "25.0600, 121.5200, 3, 电钻",
        "25.0330, 121.5654, 4, room tutor"
    })
    void shouldRankExactlyAsScoringEveryCandidate(
            double lat, double lon, double radiusKm, String q) {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", lat);
        params.put("lon", lon);
        params.put("radiusKm", radiusKm);
        params.put("category", CATEGORY);
        if (!q.isEmpty()) {
            params.put("q", q);
        }
        params.put("sort", "distance");
        params.put("limit", 100);
        List<String> expected =
                Fixtures.allItems(params).stream()
                        .sorted(
                                Comparator.comparing(SearchRelevanceTest::score)
                                        .reversed()
                                        .thenComparing(item -> (String) item.get("listingId")))
                        .map(item -> (String) item.get("listingId"))
                        .toList();

        params.put("sort", "relevance");
        params.put("limit", 20);
        List<String> byRelevance = Fixtures.allIds(params);

        assertThat(expected).hasSizeGreaterThan(60); // several pages, not a trivial case
        assertThat(byRelevance).containsExactlyElementsOf(expected);
    }

    private static BigDecimal score(Map<String, Object> item) {
        return new BigDecimal(String.valueOf(item.get("score")));
    }
}
