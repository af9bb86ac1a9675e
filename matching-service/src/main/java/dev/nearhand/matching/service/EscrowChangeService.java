package dev.nearhand.matching.service;

import dev.nearhand.matching.repository.BookingsRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Applies a poll's worth of escrow events in one transaction: one commit, not one per event. */
@ApplicationScoped
public class EscrowChangeService {

    /**
     * The inbox's name for bookings: kept from when only days were booked, as ids were recorded.
     */
    static final String BOOKINGS = "matching.booked-days";

    private final TradeService trades;
    private final BookingsRepository bookings;
    private final Inbox inbox;

    EscrowChangeService(TradeService trades, BookingsRepository bookings, Inbox inbox) {
        this.trades = trades;
        this.bookings = bookings;
        this.inbox = inbox;
    }

    @Transactional
    public void applyAll(List<EscrowChange> changes) {
        for (EscrowChange change : changes) {
            if (change.effect() == EscrowChange.Effect.COMPLETED) {
                trades.released(change.eventId(), change.at(), change.escrow());
            } else if (inbox.firstDelivery(BOOKINGS, change.eventId())) {
                if (change.effect() == EscrowChange.Effect.TAKEN) {
                    bookings.take(change.escrow());
                } else {
                    bookings.giveBack(change.escrow());
                }
            }
        }
    }
}
