package dev.nearhand.reputation.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.escrow.EscrowAccepted;
import dev.nearhand.contracts.escrow.EscrowDeclined;
import dev.nearhand.contracts.escrow.EscrowDelivered;
import dev.nearhand.contracts.escrow.EscrowDisputed;
import dev.nearhand.contracts.escrow.EscrowExpired;
import dev.nearhand.contracts.escrow.EscrowHeld;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.escrow.EscrowRevoked;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import dev.nearhand.reputation.Role;
import dev.nearhand.reputation.TradeStatus;
import dev.nearhand.reputation.service.TradeService;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads escrow-service's transitions into the trade copy that credit is computed from. */
@ApplicationScoped
public class EscrowEventsConsumer {

    private final Intake intake;
    private final TradeService trades;
    private final ObjectMapper mapper;

    EscrowEventsConsumer(Intake intake, TradeService trades, ObjectMapper mapper) {
        this.intake = intake;
        this.trades = trades;
        this.mapper = mapper;
    }

    /**
     * A poll's worth of escrow events in one transaction: under a burst of trades, one commit per
     * event left credit minutes behind (see BENCHMARKS.md).
     */
    @Incoming("escrow-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.batch(records, this::read, trades::applyAll);
    }

    /**
     * An event whose status, or disputing party, this service does not know is unreadable, like a
     * malformed one: logged and skipped, because retrying cannot teach us the value and failing
     * would stall the poll and every escrow event behind it.
     */
    private TradeService.Change read(IncomingEvent event) {
        TradeService.Change change = change(event);
        if (change == null) {
            return null;
        }
        EscrowSnapshot escrow = change.escrow();
        if (!TradeStatus.isKnown(escrow.status())) {
            Log.errorf(
                    "skipping unreadable %s %s: status %s unknown to this service",
                    event.type(), event.eventId(), escrow.status());
            return null;
        }
        if (escrow.disputedBy() != null && !Role.isKnown(escrow.disputedBy())) {
            Log.errorf(
                    "skipping unreadable %s %s: disputedBy %s unknown to this service",
                    event.type(), event.eventId(), escrow.disputedBy());
            return null;
        }
        return change;
    }

    /** Every escrow event carries the same snapshot; map each type to it at the edge. */
    private TradeService.Change change(IncomingEvent event) {
        switch (event.type()) {
            case "EscrowHeld" -> {
                EscrowHeld e = event.read(mapper, EscrowHeld.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowRevoked" -> {
                EscrowRevoked e = event.read(mapper, EscrowRevoked.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowAccepted" -> {
                EscrowAccepted e = event.read(mapper, EscrowAccepted.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowDeclined" -> {
                EscrowDeclined e = event.read(mapper, EscrowDeclined.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowExpired" -> {
                EscrowExpired e = event.read(mapper, EscrowExpired.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowDelivered" -> {
                EscrowDelivered e = event.read(mapper, EscrowDelivered.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowReleased" -> {
                EscrowReleased e = event.read(mapper, EscrowReleased.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowDisputed" -> {
                EscrowDisputed e = event.read(mapper, EscrowDisputed.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            case "EscrowResolved" -> {
                EscrowResolved e = event.read(mapper, EscrowResolved.class);
                return new TradeService.Change(event.eventId(), e.occurredAt(), e.escrow());
            }
            default -> {
                return null;
            }
        }
    }
}
