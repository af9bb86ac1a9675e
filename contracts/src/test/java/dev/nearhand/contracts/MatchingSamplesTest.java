package dev.nearhand.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nearhand.contracts.matching.NeedPosted;
import org.junit.jupiter.api.Test;

/** matching's events read their golden samples and write them back unchanged. */
class MatchingSamplesTest {

    @Test
    void shouldRoundTripTheNeedPostedSampleUnchanged() throws Exception {
        NeedPosted event = GoldenSamples.readAs("matching/NeedPosted.json", NeedPosted.class);

        JsonNode written =
                GoldenSamples.MAPPER.readTree(GoldenSamples.MAPPER.writeValueAsString(event));

        assertThat(written)
                .isEqualTo(
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("matching/NeedPosted.json")));
        assertThat(event.key()).isEqualTo("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
        assertThat(event.version()).isEqualTo(1);
    }
}
