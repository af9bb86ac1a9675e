package dev.nearhand.listing.service;

import dev.nearhand.listing.Listing;
import dev.nearhand.listing.ListingContent;
import dev.nearhand.listing.ListingLimitException;
import dev.nearhand.listing.ListingNotFoundException;
import dev.nearhand.listing.ListingStatus;
import dev.nearhand.listing.NotOwnerException;
import dev.nearhand.listing.Shop;
import dev.nearhand.listing.ShopNotFoundException;
import dev.nearhand.listing.ShopRequiredException;
import dev.nearhand.listing.config.ListingConfig;
import dev.nearhand.listing.repository.ListingRepository;
import dev.nearhand.listing.repository.ListingRepository.PagePosition;
import dev.nearhand.listing.repository.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The listing use cases. Every change locks the listing row, lets the aggregate check the move, and
 * announces the new snapshot in the same transaction.
 */
@ApplicationScoped
public class ListingService {

    private final ListingRepository listings;
    private final ShopRepository shops;
    private final ListingRules rules;
    private final AreaCells cells;
    private final ListingEvents events;
    private final ListingConfig config;
    private final Clock clock;

    ListingService(
            ListingRepository listings,
            ShopRepository shops,
            ListingRules rules,
            AreaCells cells,
            ListingEvents events,
            ListingConfig config,
            Clock clock) {
        this.listings = listings;
        this.shops = shops;
        this.rules = rules;
        this.cells = cells;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Listing create(String ownerId, ListingContent draft) {
        ListingContent content = rules.completeNew(draft);
        // The shop row lock serializes one owner's creations, so the cap cannot be raced past.
        Shop shop = shops.findByOwnerForUpdate(ownerId).orElseThrow(ShopRequiredException::new);
        if (listings.countOpenByOwner(ownerId) >= config.maxListingsPerUser()) {
            throw new ListingLimitException(config.maxListingsPerUser());
        }
        Listing listing = Listing.publish(shop, content, cellFor(content, shop), clock.instant());
        listings.persist(listing);
        events.published(listing);
        return listing;
    }

    /**
     * Replaces the content if the listing is still at {@code baseRevision}, the revision the draft
     * was made from; empty when another change came first, so the caller can merge its edit onto
     * the newer content instead of overwriting it.
     */
    @Transactional
    public Optional<Listing> updateIfUnchanged(
            String ownerId, UUID id, long baseRevision, ListingContent draft) {
        ListingContent content = rules.complete(draft);
        Listing listing = ownedForUpdate(ownerId, id);
        if (listing.revision() != baseRevision) {
            return Optional.empty();
        }
        Shop shop = shops.findByIdOptional(listing.shopId()).orElseThrow();
        listing.revise(content, cellFor(content, shop), clock.instant());
        events.updated(listing);
        return Optional.of(listing);
    }

    @Transactional
    public Listing pause(String ownerId, UUID id) {
        return change(ownerId, id, Listing::pause, events::paused);
    }

    @Transactional
    public Listing resume(String ownerId, UUID id) {
        return change(ownerId, id, Listing::resume, events::resumed);
    }

    @Transactional
    public Listing withdraw(String ownerId, UUID id) {
        return change(ownerId, id, Listing::withdraw, events::withdrawn);
    }

    /**
     * A listing as the caller may see it: the owner sees it in any state; everyone else only while
     * it is active or sold out. Hidden listings are "not found" to others, not "forbidden".
     */
    @Transactional
    public Listing visibleTo(String callerOrNull, UUID id) {
        Listing listing =
                listings.findByIdOptional(id).orElseThrow(() -> new ListingNotFoundException(id));
        if (listing.isPubliclyVisible() || listing.isOwnedBy(callerOrNull)) {
            return listing;
        }
        throw new ListingNotFoundException(id);
    }

    /** The owner's current content and its revision: the base a partial update is merged onto. */
    public record Editable(ListingContent content, long revision) {}

    @Transactional
    public Editable editableForOwner(String ownerId, UUID id) {
        Listing listing =
                owned(
                        ownerId,
                        listings.findByIdOptional(id)
                                .orElseThrow(() -> new ListingNotFoundException(id)));
        return new Editable(listing.content(), listing.revision());
    }

    @Transactional
    public List<Listing> activeInShop(UUID shopId, PagePosition after, int limit) {
        shops.findByIdOptional(shopId)
                .orElseThrow(() -> new ShopNotFoundException("There is no shop " + shopId));
        return listings.pageByShop(shopId, ListingStatus.ACTIVE, after, limit);
    }

    private Listing change(
            String ownerId,
            UUID id,
            BiConsumer<Listing, Instant> move,
            Consumer<Listing> announce) {
        Listing listing = ownedForUpdate(ownerId, id);
        move.accept(listing, clock.instant());
        announce.accept(listing);
        return listing;
    }

    private Listing ownedForUpdate(String ownerId, UUID id) {
        return owned(
                ownerId,
                listings.findForUpdate(id).orElseThrow(() -> new ListingNotFoundException(id)));
    }

    /**
     * Someone else's visible listing is forbidden; their hidden one does not exist for the caller.
     */
    private static Listing owned(String ownerId, Listing listing) {
        if (listing.isOwnedBy(ownerId)) {
            return listing;
        }
        if (listing.isPubliclyVisible()) {
            throw new NotOwnerException();
        }
        throw new ListingNotFoundException(listing.id());
    }

    private String cellFor(ListingContent content, Shop shop) {
        return cells.cellOf(
                content.ownLocation() != null ? content.ownLocation() : shop.location());
    }
}
