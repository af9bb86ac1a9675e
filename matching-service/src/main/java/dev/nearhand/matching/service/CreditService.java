package dev.nearhand.matching.service;

import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.SellerCredit;
import dev.nearhand.matching.repository.SellerCreditRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps sellers' credit from reputation's events, and copies it onto their listings, where search
 * ranks and filters by it.
 */
@ApplicationScoped
public class CreditService {

    static final String CONSUMER = "matching.credit";

    private final SellerCreditRepository credits;
    private final Inbox inbox;

    CreditService(SellerCreditRepository credits, Inbox inbox) {
        this.credits = credits;
        this.inbox = inbox;
    }

    @Transactional
    public void apply(CreditChanged e) {
        applyAll(List.of(e));
    }

    /**
     * Applies a poll's credit events in order, in one transaction, then copies each seller's newest
     * transaction score onto their listings once: a burst of one seller's events rewrote all of
     * their listings once per event. The sellers' locks come first, before any row is written (see
     * {@link SellerCreditRepository#lockSellers}).
     */
    @Transactional
    public void applyAll(List<CreditChanged> events) {
        credits.lockSellers(events.stream().map(CreditChanged::userId).toList());
        Map<String, Integer> newest = new LinkedHashMap<>();
        for (CreditChanged e : events) {
            if (keep(e)) {
                newest.put(e.userId(), e.transaction());
            }
        }
        newest.forEach(credits::copyToListings);
    }

    /** Keeps the event's credit if it is newer than the one known; true when it was. */
    private boolean keep(CreditChanged e) {
        if (!inbox.firstDelivery(CONSUMER, e.eventId())) {
            return false;
        }
        SellerCredit credit = credits.findForUpdate(e.userId()).orElse(null);
        boolean created = credit == null;
        if (created) {
            credit = new SellerCredit(e.userId());
        }
        boolean newer =
                credit.apply(
                        e.creditVersion(),
                        e.transaction(),
                        e.social(),
                        e.tier(),
                        e.completedTrades(),
                        e.occurredAt());
        if (created) {
            credits.persist(credit);
        }
        return newer;
    }
}
