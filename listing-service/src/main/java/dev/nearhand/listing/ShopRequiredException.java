package dev.nearhand.listing;

import dev.nearhand.platform.problem.ProblemException;

/** Listings belong to a shop, so a user without one cannot list. */
public class ShopRequiredException extends ProblemException {
    public ShopRequiredException() {
        super(
                409,
                "shop-required",
                "Open your shop first",
                "Open your shop with PUT /api/shops/me before listing");
    }
}
