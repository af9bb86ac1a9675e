package dev.nearhand.listing.service;

import dev.nearhand.contracts.Event;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.listing.ListingPaused;
import dev.nearhand.contracts.listing.ListingPublished;
import dev.nearhand.contracts.listing.ListingResumed;
import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.contracts.listing.ListingWithdrawn;
import dev.nearhand.contracts.listing.ShopOpened;
import dev.nearhand.contracts.listing.ShopSnapshot;
import dev.nearhand.contracts.listing.ShopUpdated;
import dev.nearhand.listing.Availability;
import dev.nearhand.listing.Listing;
import dev.nearhand.listing.ListingContent;
import dev.nearhand.listing.Shop;
import dev.nearhand.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Announces shop and listing changes through the outbox, each with the whole public snapshot. Exact
 * coordinates never go in: only the coarse area.
 */
@ApplicationScoped
public class ListingEvents {

    static final int SCHEMA_VERSION = 1;

    private final Outbox outbox;
    private final AreaCells cells;

    ListingEvents(Outbox outbox, AreaCells cells) {
        this.outbox = outbox;
        this.cells = cells;
    }

    public void shopOpened(Shop shop) {
        announceShop(
                new ShopOpened(
                        UUID.randomUUID(), shop.updatedAt(), SCHEMA_VERSION, snapshot(shop)));
    }

    public void shopUpdated(Shop shop) {
        announceShop(
                new ShopUpdated(
                        UUID.randomUUID(), shop.updatedAt(), SCHEMA_VERSION, snapshot(shop)));
    }

    public void published(Listing listing) {
        announce(
                new ListingPublished(id(), listing.updatedAt(), SCHEMA_VERSION, snapshot(listing)));
    }

    public void updated(Listing listing) {
        announce(new ListingUpdated(id(), listing.updatedAt(), SCHEMA_VERSION, snapshot(listing)));
    }

    public void paused(Listing listing) {
        announce(new ListingPaused(id(), listing.updatedAt(), SCHEMA_VERSION, snapshot(listing)));
    }

    public void resumed(Listing listing) {
        announce(new ListingResumed(id(), listing.updatedAt(), SCHEMA_VERSION, snapshot(listing)));
    }

    public void withdrawn(Listing listing) {
        announce(
                new ListingWithdrawn(id(), listing.updatedAt(), SCHEMA_VERSION, snapshot(listing)));
    }

    private void announce(Event event) {
        outbox.append(Topics.LISTING_LISTINGS, event);
    }

    private void announceShop(Event event) {
        outbox.append(Topics.LISTING_SHOPS, event);
    }

    private ShopSnapshot snapshot(Shop shop) {
        return new ShopSnapshot(
                shop.id(),
                shop.ownerId(),
                shop.revision(),
                shop.displayName(),
                shop.bio(),
                shop.languages(),
                cells.area(shop.areaCell()),
                shop.serviceRadiusKm(),
                shop.openedAt(),
                shop.updatedAt());
    }

    private ListingSnapshot snapshot(Listing listing) {
        ListingContent content = listing.content();
        Money price =
                content.price() == null
                        ? null
                        : new Money(
                                content.price().amount().toPlainString(),
                                content.price().currency());
        return new ListingSnapshot(
                listing.id(),
                listing.shopId(),
                listing.ownerId(),
                listing.revision(),
                listing.status().name(),
                content.kind().name(),
                content.title(),
                content.description(),
                content.category(),
                content.tags(),
                price,
                content.unit().name(),
                content.negotiable(),
                content.quantity(),
                listing.soldUnits(),
                availability(content.availability()),
                cells.area(listing.areaCell()),
                listing.publishedAt(),
                listing.updatedAt());
    }

    private static ListingSnapshot.Availability availability(Availability availability) {
        if (availability == null) {
            return null;
        }
        return new ListingSnapshot.Availability(
                availability.timeZone(),
                availability.weekly() == null
                        ? null
                        : availability.weekly().stream()
                                .map(
                                        h ->
                                                new ListingSnapshot.WeeklyHours(
                                                        h.day(),
                                                        h.from().toString(),
                                                        h.to().toString()))
                                .toList(),
                availability.slots() == null
                        ? null
                        : availability.slots().stream()
                                .map(s -> new ListingSnapshot.Slot(s.start(), s.end()))
                                .toList());
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
