package dev.nearhand.listing.service;

import dev.nearhand.listing.Listing;
import dev.nearhand.listing.ListingStatus;
import dev.nearhand.listing.Shop;
import dev.nearhand.listing.ShopNotFoundException;
import dev.nearhand.listing.ShopProfile;
import dev.nearhand.listing.repository.ListingRepository;
import dev.nearhand.listing.repository.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opening and changing shops, and reading them for their owner and for everyone. */
@ApplicationScoped
public class ShopService {

    /** How many recently withdrawn listings the owner's view shows next to the open ones. */
    static final int RECENT_WITHDRAWN = 20;

    private final ShopRepository shops;
    private final ListingRepository listings;
    private final AreaCells cells;
    private final ListingEvents events;
    private final Clock clock;

    ShopService(
            ShopRepository shops,
            ListingRepository listings,
            AreaCells cells,
            ListingEvents events,
            Clock clock) {
        this.shops = shops;
        this.listings = listings;
        this.cells = cells;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of PUT /api/shops/me: the shop, and whether this call opened it. */
    public record Saved(Shop shop, boolean opened) {}

    @Transactional
    public Saved openOrUpdate(String ownerId, ShopProfile profile) {
        Instant now = clock.instant();
        String cell = cells.cellOf(profile.location());
        shops.lockOwner(ownerId);
        Optional<Shop> existing = shops.findByOwnerForUpdate(ownerId);
        if (existing.isEmpty()) {
            Shop shop = Shop.open(ownerId, profile, cell, now);
            shops.persist(shop);
            events.shopOpened(shop);
            return new Saved(shop, true);
        }
        Shop shop = existing.get();
        if (shop.update(profile, cell, now)) {
            for (Listing listing : listings.placedAtShop(shop.id())) {
                listing.followShopTo(cell, now);
                events.updated(listing);
            }
        }
        events.shopUpdated(shop);
        return new Saved(shop, false);
    }

    /**
     * The owner's shop with its open listings (active, paused, sold out) and the most recently
     * withdrawn ones.
     */
    @Transactional
    public ShopWithListings mine(String ownerId) {
        Shop shop =
                shops.findByOwner(ownerId)
                        .orElseThrow(
                                () ->
                                        new ShopNotFoundException(
                                                "You have not opened a shop yet; PUT /api/shops/me opens one"));
        List<Listing> all = new ArrayList<>();
        all.addAll(listings.pageByShop(shop.id(), ListingStatus.ACTIVE, null, Integer.MAX_VALUE));
        all.addAll(listings.pageByShop(shop.id(), ListingStatus.PAUSED, null, Integer.MAX_VALUE));
        all.addAll(listings.pageByShop(shop.id(), ListingStatus.SOLD_OUT, null, Integer.MAX_VALUE));
        all.addAll(listings.pageByShop(shop.id(), ListingStatus.WITHDRAWN, null, RECENT_WITHDRAWN));
        return new ShopWithListings(shop, all);
    }

    @Transactional
    public Shop publicShop(UUID shopId) {
        return shops.findByIdOptional(shopId)
                .orElseThrow(() -> new ShopNotFoundException("There is no shop " + shopId));
    }

    /** A shop and some of its listings, read in one transaction. */
    public record ShopWithListings(Shop shop, List<Listing> listings) {}
}
