package dev.nearhand.listing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Applies a JSON merge patch (RFC 7386) to a listing's request form and validates the result as a
 * whole, so a partial update obeys exactly the rules a creation does.
 */
@ApplicationScoped
public class ListingPatches {

    private final ObjectMapper mapper;
    private final Validator validator;

    ListingPatches(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Throws the JSON error (naming the field) when the merged document does not read. */
    public ListingRequest merge(ListingRequest current, JsonNode patch)
            throws JsonProcessingException {
        if (!patch.isObject()) {
            throw new InvalidFieldException("body", "a merge patch is a JSON object");
        }
        JsonNode merged = apply(mapper.valueToTree(current), patch);
        ListingRequest result = mapper.treeToValue(merged, ListingRequest.class);
        Set<ConstraintViolation<ListingRequest>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    private JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject()
                        ? (ObjectNode) target
                        : mapper.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
