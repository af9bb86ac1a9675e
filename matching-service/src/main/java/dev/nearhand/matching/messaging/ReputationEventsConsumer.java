package dev.nearhand.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.service.CreditService;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads reputation's credit events: sellers' credit ranks and filters search results. */
@ApplicationScoped
public class ReputationEventsConsumer {

    private final Intake intake;
    private final CreditService credits;
    private final ObjectMapper mapper;

    ReputationEventsConsumer(Intake intake, CreditService credits, ObjectMapper mapper) {
        this.intake = intake;
        this.credits = credits;
        this.mapper = mapper;
    }

    /** A poll's worth of credit events in one transaction: one commit, not one per event. */
    @Incoming("credit-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        intake.batch(
                records, event -> event.readIf(mapper, CreditChanged.class), credits::applyAll);
    }
}
