package dev.nearhand.matching.service;

import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.matching.IndexedListing;
import dev.nearhand.matching.ListingState;
import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.repository.IndexedListingRepository;
import dev.nearhand.matching.repository.SellerCreditRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Keeps the searchable copy of listings from listing-service's snapshots. */
@ApplicationScoped
public class ListingIndexService {

    static final String CONSUMER = "matching.listings";

    private final IndexedListingRepository listings;
    private final SellerCreditRepository credits;
    private final Inbox inbox;
    private final MatchingConfig.Search search;

    ListingIndexService(
            IndexedListingRepository listings,
            SellerCreditRepository credits,
            Inbox inbox,
            MatchingConfig config) {
        this.listings = listings;
        this.credits = credits;
        this.inbox = inbox;
        this.search = config.search();
    }

    /** Applies one listing event: once per event id, and only if its revision is newer. */
    @Transactional
    public void apply(UUID eventId, ListingSnapshot snapshot) {
        applyAll(List.of(new Incoming(eventId, snapshot)));
    }

    /**
     * Applies many events in one transaction: a rebuild or a bulk load, same rules as one. The
     * sellers' locks come first, before any row is written, so that a credit change committed
     * meanwhile is either seen by the scoring or copies onto these listings (see {@link
     * SellerCreditRepository#lockSellers}).
     */
    @Transactional
    public void applyAll(List<Incoming> events) {
        credits.lockSellers(events.stream().map(e -> e.snapshot().sellerId()).toList());
        Touched touched = new Touched(new HashMap<>(), new LinkedHashSet<>());
        events.forEach(e -> applyOne(e.eventId(), e.snapshot(), touched));
        refresh(touched);
    }

    /** A category, unit and currency whose price reference search scores prices against. */
    private record PriceGroup(String category, String unit, String currency) {}

    /** Where a listing counts in its market's price reference: active and priced, else nowhere. */
    private record Counted(PriceGroup group, BigDecimal price) {
        static Counted of(IndexedListing l) {
            if (!"ACTIVE".equals(l.status()) || l.priceAmount() == null || l.currency() == null) {
                return null;
            }
            return new Counted(
                    new PriceGroup(l.category(), l.unit(), l.currency()), l.priceAmount());
        }
    }

    /**
     * What a batch of events changed: each market's counted prices going in (+1) and out (-1), and
     * the listings to score. Applied once per market and once for all listings, not per event.
     */
    private record Touched(Map<PriceGroup, Moves> moves, Set<UUID> listingIds) {}

    private record Moves(List<BigDecimal> prices, List<Integer> deltas) {}

    /** Moves a listing's count from the market it was in to the one it is in now. */
    private static void recount(Counted before, Counted after, Touched touched) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            count(before, -1, touched);
        }
        if (after != null) {
            count(after, 1, touched);
        }
    }

    private static void count(Counted c, int delta, Touched touched) {
        Moves moves =
                touched.moves()
                        .computeIfAbsent(
                                c.group(), g -> new Moves(new ArrayList<>(), new ArrayList<>()));
        moves.prices().add(c.price());
        moves.deltas().add(delta);
    }

    /**
     * Counts the moves into each market, recomputes the markets whose median left its band, then
     * scores the listings written.
     */
    private void refresh(Touched touched) {
        touched.moves()
                .forEach(
                        (g, m) -> {
                            if (listings.countInMarket(
                                    g.category(), g.unit(), g.currency(), m.prices(), m.deltas())) {
                                listings.recomputeMarket(
                                        g.category(),
                                        g.unit(),
                                        g.currency(),
                                        search.rescoreDrift());
                            }
                        });
        if (!touched.listingIds().isEmpty()) {
            listings.scoreStanding(touched.listingIds(), search.neutralCredit());
        }
    }

    /** One listing event as the bulk path takes it. */
    public record Incoming(UUID eventId, ListingSnapshot snapshot) {}

    private void applyOne(UUID eventId, ListingSnapshot snapshot, Touched touched) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        ListingState state = stateOf(snapshot);
        IndexedListing known = listings.findForUpdate(snapshot.listingId()).orElse(null);
        if (known == null) {
            IndexedListing created = new IndexedListing(snapshot.listingId());
            created.apply(state);
            listings.persist(created);
            recount(null, Counted.of(created), touched);
        } else {
            Counted before = Counted.of(known);
            known.apply(state);
            recount(before, Counted.of(known), touched);
        }
        touched.listingIds().add(snapshot.listingId());
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
                s.quantity(),
                s.area().cell(),
                s.area().lat(),
                s.area().lon(),
                text.searchText(),
                text.cjkGrams(),
                s.updatedAt());
    }
}
