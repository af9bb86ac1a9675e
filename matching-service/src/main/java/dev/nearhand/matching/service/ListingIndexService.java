package dev.nearhand.matching.service;

import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.matching.IndexedListing;
import dev.nearhand.matching.ListingState;
import dev.nearhand.matching.repository.IndexedListingRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Keeps the searchable copy of listings from listing-service's snapshots. */
@ApplicationScoped
public class ListingIndexService {

    static final String CONSUMER = "matching.listings";

    private final IndexedListingRepository listings;
    private final Inbox inbox;

    ListingIndexService(IndexedListingRepository listings, Inbox inbox) {
        this.listings = listings;
        this.inbox = inbox;
    }

    /** Applies one listing event: once per event id, and only if its revision is newer. */
    @Transactional
    public void apply(UUID eventId, ListingSnapshot snapshot) {
        applyOne(eventId, snapshot);
    }

    /** Applies many events in one transaction: a rebuild or a bulk load, same rules as one. */
    @Transactional
    public void applyAll(List<Incoming> events) {
        events.forEach(e -> applyOne(e.eventId(), e.snapshot()));
    }

    /** One listing event as the bulk path takes it. */
    public record Incoming(UUID eventId, ListingSnapshot snapshot) {}

    private void applyOne(UUID eventId, ListingSnapshot snapshot) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        ListingState state = stateOf(snapshot);
        IndexedListing known = listings.findForUpdate(snapshot.listingId()).orElse(null);
        if (known == null) {
            IndexedListing created = new IndexedListing(snapshot.listingId());
            created.apply(state);
            listings.persist(created);
        } else {
            known.apply(state);
        }
    }

    /** Maps the foreign snapshot to matching's terms: normalised text, the area's centre. */
    public static ListingState stateOf(ListingSnapshot s) {
        Money price = s.price();
        TextNormalizer.Indexed text =
                TextNormalizer.index(
                        s.title(),
                        s.description(),
                        s.tags() == null ? "" : String.join(" ", s.tags()),
                        s.category() == null ? "" : s.category().replace('.', ' '));
        return new ListingState(
                s.listingId(),
                s.shopId(),
                s.sellerId(),
                s.revision(),
                s.status(),
                s.kind(),
                s.title(),
                s.category(),
                price == null ? null : new BigDecimal(price.amount()),
                price == null ? null : price.currency(),
                s.unit(),
                s.negotiable(),
                s.area().cell(),
                s.area().lat(),
                s.area().lon(),
                text.searchText(),
                text.cjkGrams(),
                s.updatedAt());
    }
}
