package dev.nearhand.matching.service;

import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.SellerCredit;
import dev.nearhand.matching.repository.SellerCreditRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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

    /** Applies a poll's worth of credit events in order, in one transaction. */
    @Transactional
    public void applyAll(List<CreditChanged> events) {
        events.forEach(this::apply);
    }

    @Transactional
    public void apply(CreditChanged e) {
        if (!inbox.firstDelivery(CONSUMER, e.eventId())) {
            return;
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
        if (newer) {
            credits.copyToListings(e.userId(), e.transaction());
        }
    }
}
