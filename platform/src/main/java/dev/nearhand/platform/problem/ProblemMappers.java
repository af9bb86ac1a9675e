package dev.nearhand.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that reaches the REST layer into an {@code application/problem+json}
 * document: domain problems as they describe themselves, framework failures by kind, and anything
 * unexpected as a 500 that reveals nothing but a correlation id.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        return e.toProblem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return e.toProblem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return Problem.invalid(
                        e.getConstraintViolations().stream()
                                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                                .toList())
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String why =
                    mapping instanceof FlawedValue flawed
                            ? flawed.flaw()
                            : "has an unreadable value";
            return Problem.of(
                            400,
                            "malformed-request",
                            "Malformed request",
                            "Field '" + field + "' " + why)
                    .withErrors(List.of(new Problem.FieldError(field, why)))
                    .toResponse();
        }
        return Problem.of(
                        400,
                        "malformed-request",
                        "Malformed request",
                        "The request body is not valid JSON")
                .toResponse();
    }

    /**
     * Quarkus ships its own mapper for this subtype; ours must win so the answer stays a problem.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "You may not do this").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        return Problem.of(status, slug(title), title, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure, incident %s", incident);
        return Problem.of(
                        500,
                        "internal-error",
                        "Internal error",
                        "Something went wrong on our side (incident " + incident + ")")
                .toResponse();
    }

    private static Response unauthorized() {
        return Response.fromResponse(
                        Problem.of(
                                        401,
                                        "unauthorized",
                                        "Unauthorized",
                                        "A valid bearer token is required")
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /**
     * {@code create.request.price.amount} becomes {@code price.amount}: clients know fields, not
     * Java methods.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            // An index on a node belongs to the iterable before it: tags[0], weekly[2].day.
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(
                        ref ->
                                ref.getFieldName() != null
                                        ? ref.getFieldName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
