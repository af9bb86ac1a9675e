package dev.nearhand.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record from Kafka as the consumers see it: its event type, its id, and a typed read of its
 * JSON.
 */
public record IncomingEvent(String type, UUID eventId, String key, String json) {

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        return new IncomingEvent(
                header(record, Topics.HEADER_EVENT_TYPE),
                eventId(record),
                record.key(),
                record.value());
    }

    /** Where a record sits in Kafka, for log lines. */
    public static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }

    /**
     * The event as {@code type} when it is one (its type header is the record's simple name), else
     * null: for a consumer that needs one event type of a topic.
     */
    public <T> T readIf(ObjectMapper mapper, Class<T> type) {
        return type.getSimpleName().equals(this.type) ? read(mapper, type) : null;
    }

    public <T> T read(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(
                    this.type + " " + eventId + " does not match " + type.getSimpleName(), e);
        }
    }

    private static UUID eventId(ConsumerRecord<String, String> record) {
        String id = header(record, Topics.HEADER_EVENT_ID);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(
                    "record at " + position(record) + " has event id " + id + ", not a UUID", e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new MalformedEventException(
                    "record at " + position(record) + " has no " + name + " header", null);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** An event this consumer cannot understand; retrying will not help. */
    public static class MalformedEventException extends RuntimeException {
        MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
