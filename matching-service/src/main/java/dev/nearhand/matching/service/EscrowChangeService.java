package dev.nearhand.matching.service;

import dev.nearhand.matching.repository.BookedDaysRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Applies a poll's worth of escrow events in one transaction: one commit, not one per event. */
@ApplicationScoped
public class EscrowChangeService {

    static final String BOOKINGS = "matching.booked-days";

    private final TradeService trades;
    private final BookedDaysRepository bookedDays;
    private final Inbox inbox;

    EscrowChangeService(TradeService trades, BookedDaysRepository bookedDays, Inbox inbox) {
        this.trades = trades;
        this.bookedDays = bookedDays;
        this.inbox = inbox;
    }

    @Transactional
    public void applyAll(List<EscrowChange> changes) {
        for (EscrowChange change : changes) {
            if (change.effect() == EscrowChange.Effect.COMPLETED) {
                trades.released(change.eventId(), change.at(), change.escrow());
            } else if (inbox.firstDelivery(BOOKINGS, change.eventId())) {
                if (change.effect() == EscrowChange.Effect.DAYS_TAKEN) {
                    bookedDays.take(change.escrow());
                } else {
                    bookedDays.giveBack(change.escrow());
                }
            }
        }
    }
}
