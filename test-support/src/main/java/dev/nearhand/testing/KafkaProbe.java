package dev.nearhand.testing;

import static org.awaitility.Awaitility.await;

import dev.nearhand.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes real Kafka records from tests, so assertions see exactly what is on the wire.
 */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private KafkaProbe(String bootstrapServers, String topic) {
        consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "probe-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                "false",
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class.getName(),
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
    }

    /** Starts reading a topic from its beginning. */
    public static KafkaProbe reading(String topic) {
        return new KafkaProbe(TestInfrastructure.shared().kafkaBootstrapServers(), topic);
    }

    /**
     * Waits (bounded) until records matching the filter have arrived, and returns all of them seen
     * so far.
     */
    public List<ConsumerRecord<String, String>> awaitAtLeast(
            int count, Predicate<ConsumerRecord<String, String>> filter) {
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            poll();
                            return seen.stream().filter(filter).count() >= count;
                        });
        return matching(filter);
    }

    /** Keeps reading for a quiet period, then returns what matched: proves nothing more arrived. */
    public List<ConsumerRecord<String, String>> settle(
            Duration quietFor, Predicate<ConsumerRecord<String, String>> filter) {
        long deadline = System.nanoTime() + quietFor.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
        return matching(filter);
    }

    private List<ConsumerRecord<String, String>> matching(
            Predicate<ConsumerRecord<String, String>> filter) {
        return seen.stream().filter(filter).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }

    /** Sends one record as a producer service would, with the event headers. */
    public static void send(
            String topic, String key, String eventType, String eventId, String json) {
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                        TestInfrastructure.shared().kafkaBootstrapServers(),
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                        StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                        StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            record.headers().add(new RecordHeader(Topics.HEADER_EVENT_TYPE, eventType.getBytes()));
            record.headers().add(new RecordHeader(Topics.HEADER_EVENT_ID, eventId.getBytes()));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send test record to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
