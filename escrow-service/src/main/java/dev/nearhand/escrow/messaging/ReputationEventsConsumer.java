package dev.nearhand.escrow.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.escrow.service.CatalogService;
import dev.nearhand.platform.inbox.IncomingEvent;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads reputation-service's credit tiers, which raise a buyer's limits. */
@ApplicationScoped
public class ReputationEventsConsumer {

    private final CatalogService catalog;
    private final ObjectMapper mapper;

    ReputationEventsConsumer(CatalogService catalog, ObjectMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Incoming("credit-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            apply(IncomingEvent.of(record));
        } catch (IncomingEvent.MalformedEventException e) {
            // Retrying cannot help an event we cannot read; skip it loudly rather than stall.
            Log.errorf(e, "skipping unreadable record at offset %d", record.offset());
        }
    }

    private void apply(IncomingEvent event) {
        if (CreditChanged.class.getSimpleName().equals(event.type())) {
            catalog.applyCredit(event.read(mapper, CreditChanged.class));
        }
    }
}
