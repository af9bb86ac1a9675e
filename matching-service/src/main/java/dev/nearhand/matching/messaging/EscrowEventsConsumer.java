package dev.nearhand.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.escrow.EscrowDeclined;
import dev.nearhand.contracts.escrow.EscrowExpired;
import dev.nearhand.contracts.escrow.EscrowHeld;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.escrow.EscrowRevoked;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.matching.service.EscrowChange;
import dev.nearhand.matching.service.EscrowChange.Effect;
import dev.nearhand.matching.service.EscrowChangeService;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads escrow events: released escrows are completed trades; a booking's days or time are taken
 * when its money is held and given back by a full refund. Other events, and escrows that book
 * neither, change nothing here.
 */
@ApplicationScoped
public class EscrowEventsConsumer {

    private final Intake intake;
    private final EscrowChangeService changes;
    private final ObjectMapper mapper;

    EscrowEventsConsumer(Intake intake, EscrowChangeService changes, ObjectMapper mapper) {
        this.intake = intake;
        this.changes = changes;
        this.mapper = mapper;
    }

    /** A poll's worth of escrow events in one transaction: one commit, not one per event. */
    @Incoming("escrow-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        intake.batch(records, this::read, changes::applyAll);
    }

    private EscrowChange read(IncomingEvent event) {
        switch (event.type()) {
            case "EscrowReleased" -> {
                EscrowReleased e = event.read(mapper, EscrowReleased.class);
                return new EscrowChange(
                        event.eventId(), e.occurredAt(), e.escrow(), Effect.COMPLETED);
            }
            case "EscrowHeld" -> {
                EscrowHeld e = event.read(mapper, EscrowHeld.class);
                return booking(event, e.occurredAt(), e.escrow(), Effect.TAKEN);
            }
            case "EscrowRevoked" -> {
                EscrowRevoked e = event.read(mapper, EscrowRevoked.class);
                return booking(event, e.occurredAt(), e.escrow(), Effect.GIVEN_BACK);
            }
            case "EscrowDeclined" -> {
                EscrowDeclined e = event.read(mapper, EscrowDeclined.class);
                return booking(event, e.occurredAt(), e.escrow(), Effect.GIVEN_BACK);
            }
            case "EscrowExpired" -> {
                EscrowExpired e = event.read(mapper, EscrowExpired.class);
                return booking(event, e.occurredAt(), e.escrow(), Effect.GIVEN_BACK);
            }
            case "EscrowResolved" -> {
                EscrowResolved e = event.read(mapper, EscrowResolved.class);
                // A seller paid a share lent the item; nothing for the seller gives its days or
                // time back.
                return paidNothing(e.escrow())
                        ? booking(event, e.occurredAt(), e.escrow(), Effect.GIVEN_BACK)
                        : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static EscrowChange booking(
            IncomingEvent event, Instant at, EscrowSnapshot escrow, Effect effect) {
        return escrow.bookedFrom() == null && escrow.bookedStart() == null
                ? null
                : new EscrowChange(event.eventId(), at, escrow, effect);
    }

    private static boolean paidNothing(EscrowSnapshot escrow) {
        return escrow.sellerShare() == null
                || new BigDecimal(escrow.sellerShare().amount()).signum() == 0;
    }
}
