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
import dev.nearhand.reputation.service.TradeService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    @Incoming("escrow-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.one(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        Read read = read(event);
        if (read != null) {
            trades.apply(event.eventId(), read.occurredAt(), read.escrow());
        }
    }

    /** Every escrow event carries the same snapshot; map each type to it at the edge. */
    private Read read(IncomingEvent event) {
        switch (event.type()) {
            case "EscrowHeld" -> {
                EscrowHeld e = event.read(mapper, EscrowHeld.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowRevoked" -> {
                EscrowRevoked e = event.read(mapper, EscrowRevoked.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowAccepted" -> {
                EscrowAccepted e = event.read(mapper, EscrowAccepted.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowDeclined" -> {
                EscrowDeclined e = event.read(mapper, EscrowDeclined.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowExpired" -> {
                EscrowExpired e = event.read(mapper, EscrowExpired.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowDelivered" -> {
                EscrowDelivered e = event.read(mapper, EscrowDelivered.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowReleased" -> {
                EscrowReleased e = event.read(mapper, EscrowReleased.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowDisputed" -> {
                EscrowDisputed e = event.read(mapper, EscrowDisputed.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            case "EscrowResolved" -> {
                EscrowResolved e = event.read(mapper, EscrowResolved.class);
                return new Read(e.occurredAt(), e.escrow());
            }
            default -> {
                return null;
            }
        }
    }

    private record Read(Instant occurredAt, EscrowSnapshot escrow) {}
}
