package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text matching in Chinese (Simplified and Traditional), English and German. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchTextTest {

    // Tainan: no other test puts listings here.
    private static final double LAT = 22.9908;
    private static final double LON = 120.2133;
    private static final String CATEGORY = "test.text";
    private static boolean loaded;

    @Inject ListingIndexService index;

    @BeforeEach
    void publishListings() {
        if (loaded) {
            return;
        }
        for (String title :
                List.of(
                        "捷運站旁雅房出租",
                        "Fahrradreparatur am Wochenende",
                        "Bikes for rent, city and mountain",
                        "Kleider in Größe 40",
                        "電鑽出借 Bosch",
                        "Maths tutoring for high school",
                        "Café crème brûlée cooking class",
                        "Hausaufgabenhilfe und Nachhilfe in Mathematik")) {
            index.apply(
                    UUID.randomUUID(),
                    Fixtures.listing(UUID.randomUUID(), 1, "ACTIVE", title, CATEGORY, LAT, LON));
        }
        loaded = true;
    }

    @Test
    void shouldFindTraditionalChineseWhenAskedInSimplified() {
        assertThat(titles("捷运")).containsExactly("捷運站旁雅房出租");
        assertThat(titles("雅房")).containsExactly("捷運站旁雅房出租");
    }

    @Test
    void shouldFindTheDrillWhenANaturalChineseRequestAsksToBorrowOne() {
        assertThat(titles("借我一个电钻")).first().isEqualTo("電鑽出借 Bosch");
        assertThat(titles("電鑽")).containsExactly("電鑽出借 Bosch");
    }

    @Test
    void shouldFindGermanCompoundsAndInflectionsWhenAskedForTheirStem() {
        assertThat(titles("Fahrrad")).containsExactly("Fahrradreparatur am Wochenende");
        assertThat(titles("fahrräder")).containsExactly("Fahrradreparatur am Wochenende");
        assertThat(titles("Mathematik"))
                .containsExactly("Hausaufgabenhilfe und Nachhilfe in Mathematik");
    }

    @Test
    void shouldIgnoreCaseAccentsAndEszettWhenMatching() {
        assertThat(titles("Grösse")).containsExactly("Kleider in Größe 40");
        assertThat(titles("GRÖSSE")).containsExactly("Kleider in Größe 40");
        assertThat(titles("grosse")).containsExactly("Kleider in Größe 40");
        assertThat(titles("CAFE CREME")).containsExactly("Café crème brûlée cooking class");
    }

    @Test
    void shouldFindEnglishPluralsAndRankByShareOfTermsMatched() {
        assertThat(titles("bike")).containsExactly("Bikes for rent, city and mountain");
        assertThat(titles("maths tutor")).first().isEqualTo("Maths tutoring for high school");
    }

    @Test
    void shouldNotMatchSynonymsOrTranslations() {
        // Documented limits: no synonym or cross-language dictionary, no spelling correction.
        assertThat(titles("drill")).isEmpty();
        assertThat(titles("Fahrad")).isEmpty();
    }

    private static List<String> titles(String q) {
        return Fixtures.search(
                        Map.of(
                                "lat", LAT,
                                "lon", LON,
                                "radiusKm", 2,
                                "category", CATEGORY,
                                "q", q))
                .statusCode(200)
                .extract()
                .path("items.title");
    }
}
