package dev.nearhand.escrow.service;

import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.escrow.repository.CreditRepository;
import dev.nearhand.escrow.repository.ListingCopyRepository;
import dev.nearhand.platform.inbox.Inbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the local copies of foreign facts escrow decides with: listings (price, seller, status) and
 * credit tiers. Each event applies once; older snapshots never overwrite newer ones.
 */
@ApplicationScoped
public class CatalogService {

    static final String LISTINGS_CONSUMER = "escrow-listings";
    static final String CREDIT_CONSUMER = "escrow-credit";

    private final Inbox inbox;
    private final ListingCopyRepository listings;
    private final CreditRepository credits;

    CatalogService(Inbox inbox, ListingCopyRepository listings, CreditRepository credits) {
        this.inbox = inbox;
        this.listings = listings;
        this.credits = credits;
    }

    @Transactional
    public void applyListing(UUID eventId, ListingSnapshot listing) {
        if (!inbox.firstDelivery(LISTINGS_CONSUMER, eventId)) {
            return;
        }
        if (!listings.keepNewest(listing)) {
            Log.debugf(
                    "listing %s revision %d is not newer than the copy; ignored",
                    listing.listingId(), listing.revision());
        }
    }

    /** Applies a poll's worth of credit events in order, in one transaction. */
    @Transactional
    public void applyCredits(List<CreditChanged> events) {
        events.forEach(this::applyCredit);
    }

    @Transactional
    public void applyCredit(CreditChanged credit) {
        if (!inbox.firstDelivery(CREDIT_CONSUMER, credit.eventId())) {
            return;
        }
        credits.keepNewest(credit);
    }
}
