package dev.nearhand.listing.rest;

import dev.nearhand.contracts.Area;
import dev.nearhand.listing.Shop;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * My shop as only I see it: exact location, and all my active, paused and sold-out listings with
 * the most recently withdrawn ones.
 */
public record MyShopView(
        UUID id,
        String displayName,
        String bio,
        List<String> languages,
        LocationBody location,
        Area area,
        double serviceRadiusKm,
        CreditView credit,
        List<OwnerListingView> listings,
        long revision,
        Instant openedAt,
        Instant updatedAt) {

    public static MyShopView from(
            Shop shop, Area area, CreditView credit, List<OwnerListingView> listings) {
        return new MyShopView(
                shop.id(),
                shop.displayName(),
                shop.bio(),
                shop.languages(),
                LocationBody.from(shop.location()),
                area,
                shop.serviceRadiusKm(),
                credit,
                listings,
                shop.revision(),
                shop.openedAt(),
                shop.updatedAt());
    }
}
