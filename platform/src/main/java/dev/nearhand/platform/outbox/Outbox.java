package dev.nearhand.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where services put the events that announce their state changes.
 *
 * <p>The event is stored in the caller's transaction, so it exists exactly when the change it
 * announces does; the relay sends it to Kafka after the commit. Calling this outside a transaction
 * is a programming error and fails loudly.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final RelaySignal relaySignal;

    Outbox(
            OutboxRepository repository,
            ObjectMapper mapper,
            TransactionSynchronizationRegistry transactions,
            RelaySignal relaySignal) {
        this.repository = repository;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relaySignal = relaySignal;
    }

    @Transactional(TxType.MANDATORY)
    public void append(String topic, Event event) {
        repository.persist(
                new OutboxEvent(
                        event.eventId(),
                        topic,
                        event.key(),
                        event.getClass().getSimpleName(),
                        toJson(event),
                        event.occurredAt()));
        // Wake the relay as soon as the event is visible instead of waiting for its next poll.
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relaySignal));
    }

    private String toJson(Event event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "event cannot be serialized: " + event.getClass().getName(), e);
        }
    }

    private record WakeRelayAfterCommit(RelaySignal signal) implements Synchronization {

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                signal.wake();
            }
        }
    }
}
