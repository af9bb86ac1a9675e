package dev.nearhand.listing.service;

import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.listing.CreditSummary;
import dev.nearhand.listing.repository.CreditSummaryRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Keeps the local copy of sellers' credit that shop pages show. */
@ApplicationScoped
public class CreditService {

    static final String CONSUMER = "listing.credit";

    private final CreditSummaryRepository credits;
    private final Inbox inbox;

    CreditService(CreditSummaryRepository credits, Inbox inbox) {
        this.credits = credits;
        this.inbox = inbox;
    }

    /** Applies a poll's worth of credit events in order, in one transaction. */
    @Transactional
    public void applyAll(List<CreditChanged> events) {
        events.forEach(this::apply);
    }

    @Transactional
    public void apply(CreditChanged event) {
        if (!inbox.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        Optional<CreditSummary> known = credits.findForUpdate(event.userId());
        if (known.isEmpty()) {
            credits.persist(
                    new CreditSummary(
                            event.userId(),
                            event.creditVersion(),
                            event.transaction(),
                            event.social(),
                            event.tier(),
                            event.completedTrades(),
                            event.occurredAt()));
            return;
        }
        known.get()
                .update(
                        event.creditVersion(),
                        event.transaction(),
                        event.social(),
                        event.tier(),
                        event.completedTrades(),
                        event.occurredAt());
    }

    @Transactional
    public Optional<CreditSummary> of(String userId) {
        return credits.findByIdOptional(userId);
    }
}
