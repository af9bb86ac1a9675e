package dev.nearhand.matching.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a text field from a JSON string only. Jackson turns a number or a boolean given for a
 * {@code String} into its text ({@code 12345} becomes "12345"), which hides a client that sends the
 * wrong type; this refuses it as an unreadable value naming the field. Put on a field, not on the
 * shared mapper, so that no other request changes what it accepts. A string is still read by the
 * mapper's own string reader, so the platform's checks on text (no NUL) keep applying.
 */
public final class JsonTextOnly extends StdDeserializer<String> {

    public JsonTextOnly() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return context.readValue(parser, String.class);
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
