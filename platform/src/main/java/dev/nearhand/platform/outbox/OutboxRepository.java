package dev.nearhand.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/** Reads and trims the outbox table. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /**
     * Only one relay in the whole deployment may publish at a time, so per-key order holds across
     * replicas.
     */
    private static final long RELAY_LOCK = 0x4e48_4f55_5442_4f58L; // "NHOUTBOX"

    boolean tryRelayLock() {
        return (Boolean)
                getEntityManager()
                        .createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, RELAY_LOCK)
                        .getSingleResult();
    }

    /**
     * Read-only: the relay never changes these entities, it marks them with {@link #markPublished},
     * so Hibernate keeps no snapshots to dirty-check at commit.
     */
    List<OutboxEvent> nextPending(int limit) {
        return find("publishedAt is null order by seq")
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, limit)
                .list();
    }

    /** Marks a relayed batch in one statement rather than one update per event. */
    void markPublished(List<Long> seqs, Instant at) {
        update("publishedAt = ?1, attempts = attempts + 1 where seq in ?2", at, seqs);
    }

    void recordFailure(List<Long> seqs, String error) {
        update("attempts = attempts + 1, lastError = ?1 where seq in ?2", error, seqs);
    }

    long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }
}
