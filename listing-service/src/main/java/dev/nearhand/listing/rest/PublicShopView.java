package dev.nearhand.listing.rest;

import dev.nearhand.contracts.Area;
import dev.nearhand.listing.Shop;
import dev.nearhand.platform.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shop page as anyone sees it: approximate area, active listings (first page), credit summary.
 */
public record PublicShopView(
        UUID id,
        String displayName,
        String bio,
        List<String> languages,
        Area area,
        double serviceRadiusKm,
        CreditView credit,
        Page<ListingView> listings,
        Instant openedAt) {

    public static PublicShopView from(
            Shop shop, Area area, CreditView credit, Page<ListingView> listings) {
        return new PublicShopView(
                shop.id(),
                shop.displayName(),
                shop.bio(),
                shop.languages(),
                area,
                shop.serviceRadiusKm(),
                credit,
                listings,
                shop.openedAt());
    }
}
