package dev.nearhand.reputation.service;

import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.platform.inbox.Inbox;
import dev.nearhand.reputation.Evidence;
import dev.nearhand.reputation.EvidenceKind;
import dev.nearhand.reputation.Money;
import dev.nearhand.reputation.Trade;
import dev.nearhand.reputation.TradeStatus;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.TradeRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the escrow copy from escrow events and turns each trade's end into credit evidence, once.
 */
@ApplicationScoped
public class TradeService {

    static final String CONSUMER = "reputation.escrows";

    private final TradeRepository trades;
    private final Inbox inbox;
    private final CreditService credits;
    private final CreditCalculator calculator;
    private final ReputationConfig config;

    TradeService(
            TradeRepository trades,
            Inbox inbox,
            CreditService credits,
            CreditCalculator calculator,
            ReputationConfig config) {
        this.trades = trades;
        this.inbox = inbox;
        this.credits = credits;
        this.calculator = calculator;
        this.config = config;
    }

    /**
     * Applies one escrow event: a redelivered event or a stale revision changes nothing; the first
     * terminal state applies the trade's credit effect.
     */
    @Transactional
    public void apply(UUID eventId, Instant occurredAt, EscrowSnapshot escrow) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            Log.debugf("escrow event %s already applied", eventId);
            return;
        }
        Optional<Trade> known = trades.findForUpdate(escrow.escrowId());
        Trade trade =
                known.orElseGet(
                        () -> new Trade(escrow.escrowId(), escrow.buyerId(), escrow.sellerId()));
        boolean moved =
                trade.advance(
                        escrow.revision(),
                        TradeStatus.valueOf(escrow.status()),
                        Money.of(escrow.total()),
                        Money.of(escrow.sellerShare()),
                        escrow.category(),
                        occurredAt,
                        config.reviews().window());
        if (known.isEmpty()) {
            // Persisted once complete: the insert carries the state it has now.
            trades.persist(trade);
        }
        if (moved && trade.awaitsEffects()) {
            applyEffects(trade);
        }
    }

    private void applyEffects(Trade trade) {
        String buyer = trade.buyerId();
        String seller = trade.sellerId();
        double amount = calculator.amountWeight(trade.total());
        Integer k = null;
        if (trade.status().isReviewable()) {
            trades.lockPair(buyer, seller);
            k = (int) trades.finishedBetween(buyer, seller) + 1;
        }
        trade.effectsApplied(k);
        ReputationConfig.Weights w = config.weights();
        double completed = amount * calculator.pairFactor(k);
        switch (trade.status()) {
            case RELEASED -> {
                fact(trade, seller, EvidenceKind.COMPLETED, 1.0, completed);
                fact(trade, buyer, EvidenceKind.COMPLETED, 1.0, completed);
            }
            case RESOLVED -> {
                if (trade.sellerLostDispute()) {
                    fact(trade, seller, EvidenceKind.DISPUTE_LOST, 0.0, amount * w.disputeLost());
                    // No mark on the buyer, but their circle of counterparties just grew.
                    credits.recompute(buyer);
                } else {
                    fact(trade, seller, EvidenceKind.COMPLETED, 1.0, completed);
                    fact(
                            trade,
                            buyer,
                            EvidenceKind.DISPUTE_FAILED,
                            0.0,
                            amount * w.disputeFailed());
                }
            }
            case DECLINED -> fact(trade, seller, EvidenceKind.DECLINED, 0.0, amount * w.declined());
            case EXPIRED -> fact(trade, seller, EvidenceKind.EXPIRED, 0.0, amount * w.expired());
            default -> {
                // REVOKED is the buyer's right within the revoke window: no mark on anyone.
            }
        }
    }

    private void fact(Trade trade, String user, EvidenceKind kind, double value, double weight) {
        credits.record(
                new Evidence(user, kind, value, weight, trade.escrowId(), trade.finishedAt()));
    }
}
