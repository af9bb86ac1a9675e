package dev.nearhand.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses, in every JSON string of a request, text PostgreSQL cannot store as written: a NUL
 * character, which it refuses (an internal error deep inside a transaction), and half of a UTF-16
 * surrogate pair ({@code "\ud800"}), which is no character at all and which it silently stores as
 * "?". Either is a 400 naming the field before anything runs. Whole pairs (emoji) pass.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("storable-text").addDeserializer(String.class, new Checked()));
    }

    /** Why a string cannot be stored, or null when it can. */
    static String flaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character";
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate";
            }
        }
        return null;
    }

    /** Jackson's own string reading, then the check. */
    private static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String value = super.deserialize(parser, context);
            String flaw = value == null ? null : flaw(value);
            if (flaw != null) {
                throw new FlawedValue(parser, flaw, String.class);
            }
            return value;
        }
    }
}
