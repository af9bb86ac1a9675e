package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;

/** No such shop (or the caller has not opened one yet). */
public class ShopNotFoundException extends ProblemException {
    public ShopNotFoundException(String detail) {
        super(404, "shop-not-found", "Shop not found", detail);
    }
}
