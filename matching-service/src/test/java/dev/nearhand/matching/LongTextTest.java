package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A description as long as listing-service accepts (5,000 characters) is indexed, whatever it is
 * made of: its words fill a bounded share of the search index's row, so neither the listing nor the
 * events after it are held back.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class LongTextTest {

    private static final double LAT = 59.3293;
    private static final double LON = 18.0686; // Stockholm, kept for this test
    private static final int LONGEST_DESCRIPTION = 5_000;

    @Test
    void shouldIndexTheLongestDescriptionsOfEveryScriptAndWhatFollowsThem() {
        String word = "oar" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        Random random = new Random(7);
        // Random characters: as many distinct trigrams as a text of this length can have.
        UUID chinese = publish(word + " 中文家教", text(random, i -> 0x4e00 + random.nextInt(0x51a5)));
        UUID latin = publish(word + " tutoring", text(random, i -> 'a' + random.nextInt(26)));
        UUID rare = publish(word + " 古籍", text(random, i -> 0x20000 + random.nextInt(0xa6d6)));
        UUID words =
                publish(
                        word + " lessons",
                        text(random, i -> i % 7 == 6 ? ' ' : 'a' + random.nextInt(26)));
        UUID after = publish(word + " rowing", "A short description.");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                assertThat(found(word))
                                        .containsExactlyInAnyOrder(
                                                chinese, latin, rare, words, after));
        // The beginning of a long description is searched too.
        assertThat(found("中文家教")).contains(chinese);
    }

    private static String text(Random random, IntFunction<Integer> codePoint) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < LONGEST_DESCRIPTION - 1; i++) {
            text.appendCodePoint(codePoint.apply(i));
        }
        return text.substring(0, Math.min(text.length(), LONGEST_DESCRIPTION));
    }

    private static UUID publish(String title, String description) {
        UUID id = UUID.randomUUID();
        ListingSnapshot s = Fixtures.listing(id, 1, "ACTIVE", title, "tutoring", LAT, LON);
        Fixtures.sendListing(
                "ListingPublished",
                UUID.randomUUID(),
                new ListingSnapshot(
                        s.listingId(),
                        s.shopId(),
                        s.sellerId(),
                        s.revision(),
                        s.status(),
                        s.kind(),
                        s.title(),
                        description,
                        s.category(),
                        s.tags(),
                        s.price(),
                        s.unit(),
                        s.negotiable(),
                        s.quantity(),
                        s.soldUnits(),
                        s.availability(),
                        s.area(),
                        s.publishedAt(),
                        s.updatedAt()));
        return id;
    }

    private static List<UUID> found(String q) {
        return Fixtures.allIds(Map.of("lat", LAT, "lon", LON, "radiusKm", 2, "q", q)).stream()
                .map(UUID::fromString)
                .toList();
    }
}
