package dev.nearhand.journey.bench;

import dev.nearhand.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Loads many listings into matching-service's read model quickly: ListingPublished events written
 * straight to listing.listings.v1 in the wire shape of the golden sample, as listing-service's
 * outbox would write them (publishing through listing-service's API runs at about a hundred per
 * second here). The search measured afterwards is served by matching-service over HTTP as usual.
 */
final class TopicLoader {

    private static final String LISTING =
            "{\"eventId\":\"%1$s\",\"occurredAt\":\"2026-11-20T08:15:00Z\",\"version\":1,"
                    + "\"listing\":{\"listingId\":\"%2$s\",\"shopId\":\"%3$s\",\"sellerId\":\"%4$s\","
                    + "\"revision\":1,\"status\":\"ACTIVE\",\"kind\":\"SERVICE\",\"title\":\"%5$s\","
                    + "\"description\":\"\",\"category\":\"tutoring\",\"tags\":[],"
                    + "\"price\":{\"amount\":\"%6$d.00\",\"currency\":\"EUR\"},\"unit\":\"HOUR\","
                    + "\"negotiable\":false,\"quantity\":null,\"availability\":null,"
                    + "\"area\":{\"cell\":\"bench\",\"lat\":%7$.6f,\"lon\":%8$.6f},"
                    + "\"publishedAt\":\"2026-11-20T08:15:00Z\",\"updatedAt\":\"2026-11-20T08:15:00Z\"}}";

    private TopicLoader() {}

    /** Writes {@code count} listings around the centre, the last one titled with {@code marker}. */
    static String load(
            int kafkaPort, int count, double lat0, double lon0, String[] words, String marker) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        String lastId = null;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            for (int i = 0; i < count; i++) {
                String listingId = UUID.randomUUID().toString();
                String title =
                        words[r.nextInt(words.length)]
                                + " lessons "
                                + words[r.nextInt(words.length)];
                if (i == count - 1) {
                    title += " " + marker;
                    lastId = listingId;
                }
                String eventId = UUID.randomUUID().toString();
                String json =
                        String.format(
                                Locale.ROOT,
                                LISTING,
                                eventId,
                                listingId,
                                UUID.randomUUID(),
                                "topic-seller-" + r.nextInt(count / 10 + 1),
                                title,
                                15 + r.nextInt(60),
                                lat0 + (r.nextDouble() - 0.5) * 0.36,
                                lon0 + (r.nextDouble() - 0.5) * 0.58);
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(Topics.LISTING_LISTINGS, listingId, json);
                record.headers()
                        .add(
                                Topics.HEADER_EVENT_TYPE,
                                "ListingPublished".getBytes(StandardCharsets.UTF_8))
                        .add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        return lastId;
    }
}
