package dev.nearhand.escrow;

import dev.nearhand.platform.problem.ProblemException;

/** Fewer units of the item are left than the buyer asks for: sold, or held for other buyers. */
public class OutOfStockException extends ProblemException {
    public OutOfStockException(String detail) {
        super(409, "out-of-stock", "Not enough in stock", detail);
    }
}
