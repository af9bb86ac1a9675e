package dev.nearhand.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Stores availability as JSON text in a jsonb column. A private mapper keeps the stored format
 * independent of how the REST layer's mapper is configured.
 */
final class AvailabilityJson {

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AvailabilityJson() {}

    static String write(Availability availability) {
        if (availability == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(availability);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("availability cannot be stored", e);
        }
    }

    static Availability read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, Availability.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored availability is unreadable", e);
        }
    }
}
