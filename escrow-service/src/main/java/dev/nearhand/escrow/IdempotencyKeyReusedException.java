package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** An Idempotency-Key seen before with a different request. */
public class IdempotencyKeyReusedException extends ProblemException {
    public IdempotencyKeyReusedException(String detail) {
        super(422, "idempotency-key-reused", "Idempotency key reused", detail);
    }
}
