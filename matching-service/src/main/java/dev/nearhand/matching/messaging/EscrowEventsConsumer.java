package dev.nearhand.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.matching.service.TradeService;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads escrow events; only released escrows matter here: they are completed trades. */
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

    /** A poll's worth of escrow events in one transaction: one commit, not one per event. */
    @Incoming("escrow-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        intake.batch(records, this::read, trades::releasedAll);
    }

    private TradeService.Released read(IncomingEvent event) {
        EscrowReleased released = event.readIf(mapper, EscrowReleased.class);
        return released == null
                ? null
                : new TradeService.Released(
                        event.eventId(), released.occurredAt(), released.escrow());
    }
}
