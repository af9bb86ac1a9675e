package dev.nearhand.platform.problem;

import java.util.Map;

/**
 * Base of every domain exception that reaches a client: it knows its HTTP status and problem type,
 * so one mapper serves all services. Subclasses name the problem; {@code context} adds members such
 * as the current state of a refused transition.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> context;

    protected ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    protected ProblemException(
            int status, String slug, String title, String detail, Map<String, Object> context) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.context = context;
    }

    public Problem toProblem() {
        return Problem.of(status, slug, title, getMessage()).withContext(context);
    }
}
