package dev.nearhand.matching;

import dev.nearhand.platform.problem.ProblemException;

/** Only providers with a shop see needs near it. */
public class ShopRequiredException extends ProblemException {
    public ShopRequiredException() {
        super(
                409,
                "shop-required",
                "Shop required",
                "Open a shop (PUT /api/shops/me on listing-service) to see needs near it");
    }
}
