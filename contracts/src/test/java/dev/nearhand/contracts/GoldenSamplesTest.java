package dev.nearhand.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.listing.ListingPaused;
import dev.nearhand.contracts.listing.ListingPublished;
import dev.nearhand.contracts.listing.ListingResumed;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.contracts.listing.ListingWithdrawn;
import dev.nearhand.contracts.listing.ShopOpened;
import dev.nearhand.contracts.listing.ShopUpdated;
import dev.nearhand.contracts.reputation.CreditChanged;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record reads its golden sample and writes it back unchanged: records and samples agree. */
class GoldenSamplesTest {

    static Iterable<Map.Entry<String, Class<? extends Event>>> samples() {
        return Map.<String, Class<? extends Event>>of(
                        "listing/ListingPublished.json", ListingPublished.class,
                        "listing/ListingUpdated.json", ListingUpdated.class,
                        "listing/ListingUpdated.item-sold-out.json", ListingUpdated.class,
                        "listing/ListingPaused.json", ListingPaused.class,
                        "listing/ListingResumed.json", ListingResumed.class,
                        "listing/ListingWithdrawn.json", ListingWithdrawn.class,
                        "listing/ShopOpened.json", ShopOpened.class,
                        "listing/ShopUpdated.json", ShopUpdated.class,
                        "reputation/CreditChanged.json", CreditChanged.class)
                .entrySet();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldRoundTripTheGoldenSampleUnchanged(Map.Entry<String, Class<? extends Event>> sample)
            throws Exception {
        Event event = GoldenSamples.readAs(sample.getKey(), sample.getValue());

        JsonNode written =
                GoldenSamples.MAPPER.readTree(GoldenSamples.MAPPER.writeValueAsString(event));

        assertThat(written)
                .isEqualTo(GoldenSamples.MAPPER.readTree(GoldenSamples.read(sample.getKey())));
        assertThat(event.key()).isNotBlank();
        assertThat(event.version()).isEqualTo(1);
    }

    @Test
    void shouldReadASnapshotWrittenBeforeSoldUnitsExistedAsNothingSold() throws Exception {
        ObjectNode older =
                (ObjectNode)
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("listing/ListingUpdated.json"));
        ((ObjectNode) older.get("listing")).remove("soldUnits");

        ListingUpdated event = GoldenSamples.MAPPER.treeToValue(older, ListingUpdated.class);

        assertThat(event.listing().soldUnits()).isZero();
    }
}
