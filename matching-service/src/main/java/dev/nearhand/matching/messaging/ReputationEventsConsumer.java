package dev.nearhand.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.service.CreditService;
import dev.nearhand.platform.inbox.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads reputation's credit events: sellers' credit ranks and filters search results. */
@ApplicationScoped
public class ReputationEventsConsumer {

    private final CreditService credits;
    private final ObjectMapper mapper;

    ReputationEventsConsumer(CreditService credits, ObjectMapper mapper) {
        this.credits = credits;
        this.mapper = mapper;
    }

    @Incoming("credit-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (CreditChanged.class.getSimpleName().equals(event.type())) {
            credits.apply(event.read(mapper, CreditChanged.class));
        }
    }
}
