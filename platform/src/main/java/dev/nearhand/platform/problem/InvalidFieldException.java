package dev.nearhand.platform.problem;

import java.util.List;

/**
 * A request field that passed Bean Validation but breaks a rule only the service can check (a rule
 * spanning fields, or one that needs configuration). Rendered like any validation failure.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field, as clients name it. */
    public String field() {
        return field;
    }

    public Problem toProblem() {
        return Problem.invalid(List.of(new Problem.FieldError(field, getMessage())));
    }
}
