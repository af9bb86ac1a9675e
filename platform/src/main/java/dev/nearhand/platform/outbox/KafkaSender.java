package dev.nearhand.platform.outbox;

import dev.nearhand.contracts.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends outbox events to Kafka and waits until the broker has acknowledged every one of them. */
@ApplicationScoped
public class KafkaSender {

    private final KafkaProducer<String, String> producer;

    KafkaSender(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            OutboxConfig config) {
        int timeoutMs = (int) config.sendTimeout().toMillis();
        this.producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                true,
                                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                timeoutMs,
                                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                timeoutMs,
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                timeoutMs,
                                ProducerConfig.LINGER_MS_CONFIG,
                                0,
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName()));
    }

    /** Returns only when all events are acknowledged; throws if any was not. */
    void sendAll(List<OutboxEvent> events) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            acks.add(producer.send(toRecord(event)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(event.topic(), event.aggregateKey(), event.payload());
        record.headers()
                .add(Topics.HEADER_EVENT_TYPE, event.eventType().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(
                        Topics.HEADER_EVENT_ID,
                        event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
