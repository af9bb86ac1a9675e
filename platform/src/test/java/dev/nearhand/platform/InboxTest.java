package dev.nearhand.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.platform.fixture.TallyIncremented;
import dev.nearhand.platform.fixture.TallyService;
import dev.nearhand.platform.inbox.Intake;
import dev.nearhand.testing.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    @Inject TallyService service;

    @Inject ObjectMapper mapper;

    @Inject Intake intake;

    @Inject EntityManager entityManager;

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() throws Exception {
        String name = "redelivered-" + UUID.randomUUID();
        TallyIncremented first = TallyIncremented.next(name, 1);
        TallyIncremented second = TallyIncremented.next(name, 2);

        send(first);
        send(first);
        send(first);
        send(second);

        // Same key, same partition: once the second event is in, the duplicates were handled before
        // it.
        await().atMost(Duration.ofSeconds(20)).until(() -> service.processed(second.eventId()));
        assertThat(service.count(name)).isEqualTo(2);
    }

    @Test
    void shouldCarryAnEventFromOutboxThroughKafkaIntoTheConsumer() {
        String name = "round-trip-" + UUID.randomUUID();

        service.announce(TallyIncremented.TOPIC, TallyIncremented.next(name, 1), false);

        await().atMost(Duration.ofSeconds(20)).until(() -> service.count(name) == 1);
    }

    @Test
    void shouldApplyAnEventOnceTheDatabaseFailureHasPassedAndKeepConsuming() throws Exception {
        String name = "outage-" + UUID.randomUUID();
        double retriedBefore = intake.retries();
        ddl("ALTER TABLE tally RENAME TO tally_unavailable");
        try {
            send(TallyIncremented.next(name, 1));

            // The consumer's statement fails while the table is away, and is tried again.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> intake.retries() >= retriedBefore + 2);
        } finally {
            ddl("ALTER TABLE tally_unavailable RENAME TO tally");
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> service.count(name) == 1);
        TallyIncremented later = TallyIncremented.next(name, 2);
        send(later);
        await().atMost(Duration.ofSeconds(20)).until(() -> service.processed(later.eventId()));
        assertThat(service.count(name)).isEqualTo(2);
    }

    private void ddl(String sql) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }

    private void send(TallyIncremented event) throws Exception {
        KafkaProbe.send(
                TallyIncremented.TOPIC,
                event.key(),
                TallyIncremented.class.getSimpleName(),
                event.eventId().toString(),
                mapper.writeValueAsString(event));
    }
}
