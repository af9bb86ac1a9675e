package dev.nearhand.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.service.CreditService;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    @Incoming("credit-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        intake.one(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (CreditChanged.class.getSimpleName().equals(event.type())) {
            credits.apply(event.read(mapper, CreditChanged.class));
        }
    }
}
