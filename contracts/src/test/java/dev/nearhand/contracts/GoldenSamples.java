package dev.nearhand.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.TreeSet;

/**
 * The golden JSON samples: the wire contract between a producer and its consumers. Producers check
 * that what they emit has the sample's shape; consumers feed the sample to their handlers.
 */
public final class GoldenSamples {

    /** Configured as Quarkus configures its mapper: ISO-8601 times, unknown fields tolerated. */
    public static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GoldenSamples() {}

    /** The sample's text, e.g. {@code read("listing/ListingPublished.json")}. */
    public static String read(String path) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/samples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T readAs(String path, Class<T> type) {
        try {
            return MAPPER.readValue(read(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code actualJson} has the sample's shape: the same field names at every level
     * and the same JSON types, values aside. A null on either side matches any type.
     */
    public static void assertSameShape(String actualJson, String samplePath) {
        try {
            assertShape("$", MAPPER.readTree(actualJson), MAPPER.readTree(read(samplePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertShape(String path, JsonNode actual, JsonNode sample) {
        if (actual.isNull() || sample.isNull()) {
            return;
        }
        assertThat(actual.getNodeType())
                .as("JSON type at %s", path)
                .isEqualTo(sample.getNodeType());
        if (actual.isObject()) {
            assertThat(names(actual)).as("fields at %s", path).isEqualTo(names(sample));
            sample.fieldNames()
                    .forEachRemaining(
                            name ->
                                    assertShape(
                                            path + "." + name, actual.get(name), sample.get(name)));
        } else if (actual.isArray() && !actual.isEmpty() && !sample.isEmpty()) {
            assertShape(path + "[0]", actual.get(0), sample.get(0));
        }
    }

    private static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
