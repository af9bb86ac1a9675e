package dev.nearhand.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nearhand.platform.fixture.TallyIncremented;
import dev.nearhand.platform.fixture.TallyService;
import dev.nearhand.platform.outbox.OutboxEvent;
import dev.nearhand.platform.outbox.OutboxRepository;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
        value = NearhandTestResource.class,
        initArgs = @ResourceArg(name = NearhandTestResource.TOPICS, value = TallyIncremented.TOPIC))
class OutboxRelayTest {

    @Inject TallyService service;

    @Inject OutboxRepository outbox;

    @Test
    void shouldPublishACommittedEventExactlyOnceKeyedByAggregate() {
        String name = "committed-" + UUID.randomUUID();
        TallyIncremented event = TallyIncremented.next(name, 1);

        service.announce(TallyIncremented.TOPIC, event, false);

        try (KafkaProbe probe = KafkaProbe.reading(TallyIncremented.TOPIC)) {
            probe.awaitAtLeast(1, keyed(name));
            List<ConsumerRecord<String, String>> records =
                    probe.settle(Duration.ofSeconds(1), keyed(name));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).contains(event.eventId().toString());
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> row(event.eventId()).publishedAt() != null);
    }

    @Test
    void shouldNeverPublishAnEventWhoseTransactionRolledBack() {
        String name = "rolled-back-" + UUID.randomUUID();
        TallyIncremented event = TallyIncremented.next(name, 1);

        assertThatThrownBy(() -> service.announce(TallyIncremented.TOPIC, event, true))
                .isInstanceOf(IllegalStateException.class);

        assertThat(row(event.eventId())).isNull();
        try (KafkaProbe probe = KafkaProbe.reading(TallyIncremented.TOPIC)) {
            assertThat(probe.settle(Duration.ofSeconds(2), keyed(name))).isEmpty();
        }
    }

    @Test
    void shouldKeepTheOrderOfOneAggregatesEvents() {
        String name = "ordered-" + UUID.randomUUID();
        for (int sequence = 1; sequence <= 30; sequence++) {
            service.announce(TallyIncremented.TOPIC, TallyIncremented.next(name, sequence), false);
        }

        try (KafkaProbe probe = KafkaProbe.reading(TallyIncremented.TOPIC)) {
            List<String> values =
                    probe.awaitAtLeast(30, keyed(name)).stream()
                            .map(ConsumerRecord::value)
                            .toList();
            for (int i = 0; i < values.size(); i++) {
                assertThat(values.get(i)).contains("\"sequence\":" + (i + 1) + "}");
            }
        }
    }

    @Test
    void shouldMarkEveryRelayedEventPublishedAfterOneAttempt() {
        String name = "marked-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int sequence = 1; sequence <= 25; sequence++) {
            TallyIncremented event = TallyIncremented.next(name, sequence);
            service.announce(TallyIncremented.TOPIC, event, false);
            ids.add(event.eventId());
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids.stream().allMatch(id -> row(id).publishedAt() != null));
        assertThat(ids).allSatisfy(id -> assertThat(row(id).attempts()).isEqualTo(1));
        try (KafkaProbe probe = KafkaProbe.reading(TallyIncremented.TOPIC)) {
            probe.awaitAtLeast(25, keyed(name));
            assertThat(probe.settle(Duration.ofSeconds(1), keyed(name))).hasSize(25);
        }
    }

    @Test
    void shouldDeliverAnEventLaterWhenTheBrokerRefusedItAtFirst() {
        String topic = "platform.failing." + UUID.randomUUID();
        TallyIncremented event = TallyIncremented.next("survivor", 1);

        service.announce(topic, event, false);

        // The topic does not exist yet, so the broker cannot take the event: it must stay pending.
        await().atMost(Duration.ofSeconds(20)).until(() -> row(event.eventId()).attempts() >= 2);
        OutboxEvent pending = row(event.eventId());
        assertThat(pending.publishedAt()).isNull();
        assertThat(pending.lastError()).isNotBlank();

        TestInfrastructure.shared().createTopics(topic);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> row(event.eventId()).publishedAt() != null);
        try (KafkaProbe probe = KafkaProbe.reading(topic)) {
            probe.awaitAtLeast(1, record -> true);
            assertThat(probe.settle(Duration.ofSeconds(1), record -> true)).hasSize(1);
        }
    }

    private OutboxEvent row(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.find("eventId", eventId).firstResult());
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> keyed(String key) {
        return record -> key.equals(record.key());
    }
}
