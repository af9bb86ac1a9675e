package dev.nearhand.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nearhand.contracts.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The retry and skip rules of {@link Intake}, on records as the Kafka client hands them over. */
class IntakeTest {

    private final Intake intake =
            new Intake(
                    new SimpleMeterRegistry(),
                    Duration.ofMillis(400),
                    Duration.ofMillis(10),
                    Duration.ofMillis(40));

    @Test
    void shouldApplyAgainUntilAFailureHasPassed() {
        AtomicInteger attempts = new AtomicInteger();

        intake.one(
                record(0, UUID.randomUUID().toString()),
                event -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("connection refused");
                    }
                });

        assertThat(attempts).hasValue(3);
        assertThat(intake.retries()).isEqualTo(2.0);
    }

    @Test
    void shouldGiveUpAndThrowWhenTheFailureOutlastsTheLimit() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(
                        () ->
                                intake.one(
                                        record(0, UUID.randomUUID().toString()),
                                        event -> {
                                            attempts.incrementAndGet();
                                            throw new IllegalStateException("database is down");
                                        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database is down");
        // Pauses of 10, 20, 40, 40 ... ms fit in 400 ms some ten times: neither once nor forever.
        assertThat(attempts.get()).isBetween(4, 13);
    }

    @Test
    void shouldSkipAnUnreadableRecordWithoutApplyingOrRetrying() {
        List<IncomingEvent> applied = new ArrayList<>();

        intake.one(record(0, "not-a-uuid"), applied::add);
        intake.one(
                record(1, UUID.randomUUID().toString()),
                event -> {
                    throw new IncomingEvent.MalformedEventException("body does not match", null);
                });

        assertThat(applied).isEmpty();
        assertThat(intake.retries()).isZero();
    }

    @Test
    void shouldApplyABatchWithoutItsUnreadableRecords() {
        String good = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        ConsumerRecords<String, String> records =
                new ConsumerRecords<>(
                        Map.of(
                                new TopicPartition("t", 0),
                                List.of(
                                        record(0, good),
                                        record(1, "not-a-uuid"),
                                        record(2, other))),
                        Map.of());
        List<List<UUID>> batches = new ArrayList<>();

        intake.batch(records, IncomingEvent::eventId, batches::add);

        assertThat(batches).containsExactly(List.of(UUID.fromString(good), UUID.fromString(other)));
    }

    @Test
    void shouldSkipAnEventTheDatabaseCannotStoreWithoutRetryingIt() {
        AtomicInteger attempts = new AtomicInteger();

        intake.one(
                record(0, UUID.randomUUID().toString()),
                event -> {
                    attempts.incrementAndGet();
                    throw unstorable();
                });

        assertThat(attempts).hasValue(1);
        assertThat(intake.retries()).isZero();
        assertThat(intake.skipped()).isEqualTo(1.0);
    }

    @Test
    void shouldApplyTheRestOfABatchWhenOneOfItsEventsCannotBeStored() {
        UUID before = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        ConsumerRecords<String, String> records =
                new ConsumerRecords<>(
                        Map.of(
                                new TopicPartition("t", 0),
                                List.of(
                                        record(0, before.toString()),
                                        record(1, poison.toString()),
                                        record(2, after.toString()))),
                        Map.of());
        List<List<UUID>> committed = new ArrayList<>();

        intake.batch(
                records,
                IncomingEvent::eventId,
                batch -> {
                    if (batch.contains(poison)) {
                        throw unstorable();
                    }
                    committed.add(batch);
                });

        assertThat(committed).containsExactly(List.of(before), List.of(after));
        assertThat(intake.skipped()).isEqualTo(1.0);
    }

    @Test
    void shouldStillRetryADatabaseFailureThatIsNotTheEventsFault() {
        AtomicInteger attempts = new AtomicInteger();

        intake.one(
                record(0, UUID.randomUUID().toString()),
                event -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException(
                                new SQLException("terminating connection", "57P01"));
                    }
                });

        assertThat(attempts).hasValue(3);
        assertThat(intake.skipped()).isZero();
    }

    /** As Hibernate throws it: the driver's exception inside its own. */
    private static RuntimeException unstorable() {
        return new IllegalStateException(
                "could not execute statement",
                new SQLException("index row requires 29440 bytes, maximum size is 8191", "54000"));
    }

    private static ConsumerRecord<String, String> record(long offset, String eventId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, offset, "key", "{}");
        record.headers()
                .add(Topics.HEADER_EVENT_TYPE, "Tested".getBytes(StandardCharsets.UTF_8))
                .add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
