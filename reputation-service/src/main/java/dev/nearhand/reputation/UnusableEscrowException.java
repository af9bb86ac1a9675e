package dev.nearhand.reputation;

import dev.nearhand.platform.problem.Problem;
import dev.nearhand.platform.problem.ProblemException;
import java.util.List;

/**
 * A request body's {@code escrowId} that names no escrow the caller may use for it. The URL is
 * fine, so this is a 422 naming the field, not a 404; and an unknown escrow reads exactly like one
 * of strangers, so that a stranger learns nothing about an escrow id.
 */
public abstract class UnusableEscrowException extends ProblemException {

    private static final String FIELD = "escrowId";

    private final String rule;

    /**
     * @param rule what the field must name, as a validation failure would say it
     */
    protected UnusableEscrowException(String slug, String title, String detail, String rule) {
        super(422, slug, title, detail);
        this.rule = rule;
    }

    /** Names the field like a validation failure does, so clients can point at it. */
    @Override
    public Problem toProblem() {
        return super.toProblem().withErrors(List.of(new Problem.FieldError(FIELD, rule)));
    }
}
