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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        refresh(applyOne(eventId, snapshot, new HashSet<>()));
    }

    /** Applies many events in one transaction: a rebuild or a bulk load, same rules as one. */
    @Transactional
    public void applyAll(List<Incoming> events) {
        Set<PriceGroup> touched = new HashSet<>();
        events.forEach(e -> applyOne(e.eventId(), e.snapshot(), touched));
        refresh(touched);
    }

    /** A category, unit and currency whose price reference search scores prices against. */
    private record PriceGroup(String category, String unit, String currency) {}

    /** Recomputes the price references a change may have moved, once each. */
    private void refresh(Set<PriceGroup> touched) {
        touched.forEach(g -> listings.refreshPriceReference(g.category(), g.unit(), g.currency()));
    }

    private static void touch(Set<PriceGroup> touched, IndexedListing l) {
        if (l.currency() != null) {
            touched.add(new PriceGroup(l.category(), l.unit(), l.currency()));
        }
    }

    /** One listing event as the bulk path takes it. */
    public record Incoming(UUID eventId, ListingSnapshot snapshot) {}

    private Set<PriceGroup> applyOne(
            UUID eventId, ListingSnapshot snapshot, Set<PriceGroup> touched) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return touched;
        }
        ListingState state = stateOf(snapshot);
        IndexedListing known = listings.findForUpdate(snapshot.listingId()).orElse(null);
        if (known == null) {
            IndexedListing created = new IndexedListing(snapshot.listingId());
            created.apply(state);
            listings.persist(created);
            touch(touched, created);
        } else {
            touch(touched, known);
            known.apply(state);
            touch(touched, known);
        }
        return touched;
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
