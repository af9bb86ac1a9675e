package dev.nearhand.reputation.service;

import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.platform.inbox.Inbox;
import dev.nearhand.reputation.Evidence;
import dev.nearhand.reputation.EvidenceKind;
import dev.nearhand.reputation.Fact;
import dev.nearhand.reputation.Money;
import dev.nearhand.reputation.Role;
import dev.nearhand.reputation.Trade;
import dev.nearhand.reputation.TradeStatus;
import dev.nearhand.reputation.config.ReputationConfig;
import dev.nearhand.reputation.repository.TradeRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    /** One escrow event as this service reads it. */
    public record Change(UUID eventId, Instant occurredAt, EscrowSnapshot escrow) {}

    /**
     * Applies one escrow event: a redelivered event or a stale revision changes nothing; the first
     * terminal state applies the trade's credit effect.
     */
    @Transactional
    public void apply(UUID eventId, Instant occurredAt, EscrowSnapshot escrow) {
        applyAll(List.of(new Change(eventId, occurredAt, escrow)));
    }

    /**
     * Applies a poll's events in order, in one transaction, and then recomputes the credit of each
     * user they touched once, with the facts the poll added for them. Why once: a recompute locks
     * the user's credit row and reads their trading circle, and a busy seller's poll of many
     * releases cost that many recomputes; CreditChanged then announces the poll's outcome, not each
     * step on the way. Users are recomputed in id order, so two consumers lock credit rows in the
     * same order.
     */
    @Transactional
    public void applyAll(List<Change> changes) {
        Map<String, List<Fact>> touched = new TreeMap<>();
        for (Change change : changes) {
            applyOne(change, touched);
        }
        touched.forEach(credits::recompute);
    }

    private void applyOne(Change change, Map<String, List<Fact>> touched) {
        UUID eventId = change.eventId();
        EscrowSnapshot escrow = change.escrow();
        Instant occurredAt = change.occurredAt();
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
            applyEffects(trade, disputedBy(escrow), touched);
        }
    }

    /**
     * Who opened the dispute, read from the terminal event itself: the effect is applied exactly
     * when that event is in hand and its evidence row is the lasting record, so the trade copy does
     * not keep it. Events written before escrow named the opener carry none; credit then assumes
     * the buyer opened it, as it did for every dispute before the field existed.
     */
    private static Role disputedBy(EscrowSnapshot escrow) {
        return escrow.disputedBy() == null ? Role.BUYER : Role.valueOf(escrow.disputedBy());
    }

    /**
     * Adds the trade's evidence; the users whose credit it changes are added to {@code touched},
     * with their new facts (none for a common partner of a new pair, whose circle alone changed).
     * {@code disputedBy} matters only for a RESOLVED trade.
     */
    private void applyEffects(Trade trade, Role disputedBy, Map<String, List<Fact>> touched) {
        String buyer = trade.buyerId();
        String seller = trade.sellerId();
        double amount = calculator.amountWeight(trade.total());
        Integer k = null;
        if (trade.status().isReviewable()) {
            k = trades.nextPairIndex(buyer, seller);
            if (k == 1) {
                // A new pair links the circles of those who traded with both: their discount moves.
                trades.commonPartners(buyer, seller)
                        .forEach(
                                partner ->
                                        touched.computeIfAbsent(partner, u -> new ArrayList<>()));
            }
        }
        trade.effectsApplied(k);
        ReputationConfig.Weights w = config.weights();
        double completed = amount * calculator.pairFactor(k);
        switch (trade.status()) {
            case RELEASED -> {
                fact(touched, trade, seller, EvidenceKind.COMPLETED, 1.0, completed);
                fact(touched, trade, buyer, EvidenceKind.COMPLETED, 1.0, completed);
            }
            case RESOLVED -> {
                if (trade.sellerLostDispute()) {
                    fact(
                            touched,
                            trade,
                            seller,
                            EvidenceKind.DISPUTE_LOST,
                            0.0,
                            amount * w.disputeLost());
                    // No mark on the buyer, but their circle of counterparties just grew.
                    touched.computeIfAbsent(buyer, user -> new ArrayList<>());
                } else {
                    fact(touched, trade, seller, EvidenceKind.COMPLETED, 1.0, completed);
                    if (disputedBy == Role.BUYER) {
                        fact(
                                touched,
                                trade,
                                buyer,
                                EvidenceKind.DISPUTE_FAILED,
                                0.0,
                                amount * w.disputeFailed());
                    } else {
                        // The seller opened it and kept at least half: no mark on the buyer, but
                        // their circle of counterparties just grew.
                        touched.computeIfAbsent(buyer, user -> new ArrayList<>());
                    }
                }
            }
            case DECLINED ->
                    fact(touched, trade, seller, EvidenceKind.DECLINED, 0.0, amount * w.declined());
            case EXPIRED ->
                    fact(touched, trade, seller, EvidenceKind.EXPIRED, 0.0, amount * w.expired());
            default -> {
                // REVOKED is the buyer's right within the revoke window: no mark on anyone.
            }
        }
    }

    private void fact(
            Map<String, List<Fact>> touched,
            Trade trade,
            String user,
            EvidenceKind kind,
            double value,
            double weight) {
        Evidence fact =
                new Evidence(user, kind, value, weight, trade.escrowId(), trade.finishedAt());
        credits.add(fact);
        touched.computeIfAbsent(user, u -> new ArrayList<>()).add(fact.fact());
    }
}
