package dev.nearhand.matching.service;

import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.matching.CompletedTrade;
import dev.nearhand.matching.repository.CompletedTradeRepository;
import dev.nearhand.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * Records released escrows as completed trades, the prices the guide price learns from. Resolved
 * disputes are left out: a seller's share after a dispute says what a failed trade was settled at,
 * not what the service is worth.
 */
@ApplicationScoped
public class TradeService {

    static final String CONSUMER = "matching.trades";

    private final CompletedTradeRepository trades;
    private final Inbox inbox;

    TradeService(CompletedTradeRepository trades, Inbox inbox) {
        this.trades = trades;
        this.inbox = inbox;
    }

    @Transactional
    public void released(UUID eventId, Instant at, EscrowSnapshot e) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        // An escrow is released once; a second event about it (a replay with a new id) is ignored.
        if (e.quantity() <= 0
                || e.total() == null
                || trades.findByIdOptional(e.escrowId()).isPresent()) {
            return;
        }
        BigDecimal unitPrice =
                new BigDecimal(e.total().amount())
                        .divide(BigDecimal.valueOf(e.quantity()), 4, RoundingMode.HALF_EVEN);
        trades.persist(
                new CompletedTrade(
                        e.escrowId(),
                        e.listingId(),
                        e.category(),
                        e.unit(),
                        e.total().currency(),
                        unitPrice,
                        e.quantity(),
                        e.area().cell(),
                        e.area().lat(),
                        e.area().lon(),
                        at));
    }
}
