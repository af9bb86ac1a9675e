package dev.nearhand.listing.service;

import dev.nearhand.listing.Listing;
import dev.nearhand.listing.Sale;
import dev.nearhand.listing.repository.ListingRepository;
import dev.nearhand.platform.inbox.Inbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies escrow's sales to the stock of ITEM listings (and to the sold units of listings that were
 * items), each once, and announces every new stock as a ListingUpdated in the same transaction.
 */
@ApplicationScoped
public class SalesService {

    static final String CONSUMER = "listing.sales";

    private final ListingRepository listings;
    private final ListingEvents events;
    private final Inbox inbox;
    private final Clock clock;

    SalesService(ListingRepository listings, ListingEvents events, Inbox inbox, Clock clock) {
        this.listings = listings;
        this.events = events;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Applies a poll's worth of sales in one transaction. Rows are locked in listing-id order (the
     * sort is stable, so one listing's sales keep theirs), so two instances applying polls that
     * share listings wait for each other instead of deadlocking.
     */
    @Transactional
    public void applyAll(List<Sale> sales) {
        sales.stream().sorted(Comparator.comparing(Sale::listingId)).forEach(this::apply);
    }

    @Transactional
    public void apply(Sale sale) {
        if (!inbox.firstDelivery(CONSUMER, sale.eventId())) {
            return;
        }
        Optional<Listing> found = listings.findForUpdate(sale.listingId());
        if (found.isEmpty() || !found.get().countsSales()) {
            // Escrow sells every kind; only items have a stock. A listing that was an item counts
            // the sale even now: escrow took the units from its stock when the escrow was opened.
            Log.debugf(
                    "sale %s: listing %s is %s, nothing to apply",
                    sale.eventId(),
                    sale.listingId(),
                    found.isEmpty() ? "unknown" : "not and never was an item");
            return;
        }
        Listing listing = found.get();
        listing.sell(sale.units(), clock.instant());
        events.updated(listing);
    }
}
