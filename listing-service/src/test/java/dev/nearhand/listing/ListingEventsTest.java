package dev.nearhand.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.platform.outbox.OutboxRelay;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What listing-service puts on Kafka: one event per change, in order, shaped as the golden samples.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingEventsTest {

    @Inject OutboxRelay relay;

    @Test
    void shouldEmitExactlyOneEventPerChangeInOrderWithTheGoldenShape() {
        String owner = ListingApi.newUser();
        ListingApi.openShop(owner);
        String id = ListingApi.createListing(owner);
        ListingApi.patch(owner, id, Map.of("title", "單車修理 bike repair")).statusCode(200);
        ListingApi.action(owner, id, "pause").statusCode(200);
        ListingApi.action(owner, id, "resume").statusCode(200);
        ListingApi.withdraw(owner, id).statusCode(204);

        try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_LISTINGS)) {
            probe.awaitAtLeast(5, keyed(id));
            List<ConsumerRecord<String, String>> events =
                    probe.settle(Duration.ofSeconds(1), keyed(id));

            assertThat(events)
                    .extracting(ListingEventsTest::type)
                    .containsExactly(
                            "ListingPublished",
                            "ListingUpdated",
                            "ListingPaused",
                            "ListingResumed",
                            "ListingWithdrawn");
            for (int i = 0; i < events.size(); i++) {
                String json = events.get(i).value();
                GoldenSamples.assertSameShape(json, "listing/" + type(events.get(i)) + ".json");
                assertThat(json).contains("\"revision\":" + (i + 1) + ",");
                assertThat(json).doesNotContain("25.033964").doesNotContain("121.564468");
            }
        }
    }

    @Test
    void shouldAnnounceShopsWithTheGoldenShapeAndNoExactPosition() {
        String owner = ListingApi.newUser();
        String shopId = ListingApi.openShop(owner);
        ListingApi.putShop(owner, ListingApi.shopBody(ListingApi.LAT, ListingApi.LON))
                .statusCode(200);

        try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_SHOPS)) {
            probe.awaitAtLeast(2, keyed(shopId));
            List<ConsumerRecord<String, String>> events =
                    probe.settle(Duration.ofMillis(500), keyed(shopId));

            assertThat(events)
                    .extracting(ListingEventsTest::type)
                    .containsExactly("ShopOpened", "ShopUpdated");
            events.forEach(
                    event -> {
                        GoldenSamples.assertSameShape(
                                event.value(), "listing/" + type(event) + ".json");
                        assertThat(event.value())
                                .doesNotContain("25.033964")
                                .doesNotContain("121.564468");
                    });
        }
    }

    @Test
    void shouldDeliverChangesMadeWhileTheRelayWasStoppedOnceAndInOrder() throws Exception {
        String owner = ListingApi.newUser();
        ListingApi.openShop(owner);

        relay.stop();
        String id;
        try {
            id = ListingApi.createListing(owner);
            ListingApi.action(owner, id, "pause").statusCode(200);
            ListingApi.action(owner, id, "resume").statusCode(200);
            try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_LISTINGS)) {
                assertThat(probe.settle(Duration.ofSeconds(1), keyed(id))).isEmpty();
            }
        } finally {
            relay.start();
        }

        try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_LISTINGS)) {
            probe.awaitAtLeast(3, keyed(id));
            assertThat(probe.settle(Duration.ofSeconds(1), keyed(id)))
                    .extracting(ListingEventsTest::type)
                    .containsExactly("ListingPublished", "ListingPaused", "ListingResumed");
        }
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(
                record.headers().lastHeader(Topics.HEADER_EVENT_TYPE).value(),
                StandardCharsets.UTF_8);
    }
}
