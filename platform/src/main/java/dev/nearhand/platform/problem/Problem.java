package dev.nearhand.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An RFC 9457 problem document: what every Nearhand error looks like on the wire. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> context) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /**
     * Problem types are URIs whose last segment names the problem, e.g. {@code .../limit-exceeded}.
     */
    public static final String TYPE_BASE = "https://nearhand.dev/problems/";

    /**
     * The most field errors one problem lists. A body of thousands of bad items would otherwise get
     * an answer larger than itself; the first few show what is wrong, the detail says how many.
     */
    public static final int MAX_LISTED_ERRORS = 20;

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of(), Map.of());
    }

    /**
     * A 400 for invalid request fields: the first {@link #MAX_LISTED_ERRORS} errors in field order,
     * the fields they name in {@code detail}, and how many there were in all when not all are
     * listed.
     */
    public static Problem invalid(List<FieldError> fieldErrors) {
        List<FieldError> listed = FieldOrder.first(fieldErrors, MAX_LISTED_ERRORS);
        String detail =
                listed.stream()
                        .map(FieldError::field)
                        .distinct()
                        .collect(Collectors.joining(", ", "Invalid value for: ", ""));
        if (listed.size() < fieldErrors.size()) {
            detail +=
                    " (%d errors in all; the first %d are listed)"
                            .formatted(fieldErrors.size(), listed.size());
        }
        return of(400, "validation-failed", "Invalid request", detail).withErrors(listed);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, context);
    }

    public Problem withContext(Map<String, Object> extra) {
        return new Problem(type, title, status, detail, errors, extra);
    }

    /**
     * Extension members (RFC 9457 section 3.2) sit beside the standard ones, e.g. {@code
     * currentState}.
     */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return context;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {}
}
