package dev.nearhand.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.escrow.EscrowAccepted;
import dev.nearhand.contracts.escrow.EscrowDeclined;
import dev.nearhand.contracts.escrow.EscrowDelivered;
import dev.nearhand.contracts.escrow.EscrowDisputed;
import dev.nearhand.contracts.escrow.EscrowExpired;
import dev.nearhand.contracts.escrow.EscrowHeld;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.escrow.EscrowRevoked;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every escrow event reads its golden sample and writes it back unchanged. */
class EscrowSamplesTest {

    static List<Map.Entry<String, Class<? extends Event>>> samples() {
        return List.of(
                Map.entry("escrow/EscrowHeld.json", EscrowHeld.class),
                Map.entry("escrow/EscrowHeld.booked-days.json", EscrowHeld.class),
                Map.entry("escrow/EscrowHeld.booked-hours.json", EscrowHeld.class),
                Map.entry("escrow/EscrowRevoked.json", EscrowRevoked.class),
                Map.entry("escrow/EscrowAccepted.json", EscrowAccepted.class),
                Map.entry("escrow/EscrowDeclined.json", EscrowDeclined.class),
                Map.entry("escrow/EscrowExpired.json", EscrowExpired.class),
                Map.entry("escrow/EscrowDelivered.json", EscrowDelivered.class),
                Map.entry("escrow/EscrowReleased.json", EscrowReleased.class),
                Map.entry("escrow/EscrowDisputed.json", EscrowDisputed.class),
                Map.entry("escrow/EscrowResolved.json", EscrowResolved.class));
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
        assertThat(event.key()).isEqualTo("3c9f2b1e-7a4d-4e8f-b6c2-9d1e0f3a5b7c");
        assertThat(event.version()).isEqualTo(1);
    }

    @Test
    void shouldReadASnapshotWrittenBeforeBookingsExistedAsBookingNothing() throws Exception {
        ObjectNode older =
                (ObjectNode)
                        GoldenSamples.MAPPER.readTree(GoldenSamples.read("escrow/EscrowHeld.json"));
        ((ObjectNode) older.get("escrow"))
                .remove(
                        List.of(
                                "bookedFrom",
                                "bookedUntil",
                                "bookedStart",
                                "bookedEnd",
                                "disputedBy"));

        EscrowHeld event = GoldenSamples.MAPPER.treeToValue(older, EscrowHeld.class);

        assertThat(event.escrow().bookedFrom()).isNull();
        assertThat(event.escrow().bookedUntil()).isNull();
        assertThat(event.escrow().bookedStart()).isNull();
        assertThat(event.escrow().bookedEnd()).isNull();
        assertThat(event.escrow().disputedBy()).isNull();
        assertThat(event.escrow().quantity()).isEqualTo(2);
    }
}
