package dev.nearhand.escrow.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.escrow.service.CatalogService;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads reputation-service's credit tiers, which raise a buyer's limits. */
@ApplicationScoped
public class ReputationEventsConsumer {

    private final Intake intake;
    private final CatalogService catalog;
    private final ObjectMapper mapper;

    ReputationEventsConsumer(Intake intake, CatalogService catalog, ObjectMapper mapper) {
        this.intake = intake;
        this.catalog = catalog;
        this.mapper = mapper;
    }

    /** A poll's worth of credit events in one transaction: one commit, not one per event. */
    @Incoming("credit-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.batch(
                records, event -> event.readIf(mapper, CreditChanged.class), catalog::applyCredits);
    }
}
