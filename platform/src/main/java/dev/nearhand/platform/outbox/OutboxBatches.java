package dev.nearhand.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/** Publishes the oldest pending events as one unit: all acknowledged and marked, or none marked. */
@ApplicationScoped
public class OutboxBatches {

    private final OutboxRepository repository;
    private final KafkaSender sender;
    private final OutboxConfig config;

    OutboxBatches(OutboxRepository repository, KafkaSender sender, OutboxConfig config) {
        this.repository = repository;
        this.sender = sender;
        this.config = config;
    }

    /**
     * Sends the next batch and marks it published in the same transaction. If the broker does not
     * acknowledge, the transaction rolls back and the events stay pending for the next attempt; an
     * event acknowledged just before a crash is sent again, which consumers absorb by event id.
     *
     * @return how many events were published (0 when none were pending or another replica relays)
     */
    @Transactional
    public int publishNext() {
        if (!repository.tryRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = repository.nextPending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            sender.sendAll(batch);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new RelayFailedException(batch.stream().map(OutboxEvent::seq).toList(), e);
        }
        repository.markPublished(batch.stream().map(OutboxEvent::seq).toList(), Instant.now());
        return batch.size();
    }

    /** Counts the failed attempt apart from the rolled-back batch, for operators to see. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordFailure(RelayFailedException failure) {
        repository.recordFailure(failure.seqs(), failure.getCause().toString());
    }

    @Transactional
    public long deletePublishedBefore(Instant cutoff) {
        return repository.deletePublishedBefore(cutoff);
    }

    /** A batch the broker did not acknowledge. */
    public static class RelayFailedException extends RuntimeException {

        private final transient List<Long> seqs;

        RelayFailedException(List<Long> seqs, Throwable cause) {
            super("outbox batch of " + seqs.size() + " events not acknowledged", cause);
            this.seqs = seqs;
        }

        List<Long> seqs() {
            return seqs;
        }
    }
}
