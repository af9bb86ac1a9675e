package dev.nearhand.escrow.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Idempotency records, keyed by (user, key, operation). */
@ApplicationScoped
public class IdempotencyRepository {

    private final EntityManager entityManager;

    IdempotencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The first response to a key, and the request it answered. */
    public record Stored(String requestHash, int status, String body) {}

    /**
     * Claims the key for this transaction. A concurrent claim of the same key blocks on the primary
     * key until this transaction ends.
     *
     * @return false when the key was already used (the caller replays or refuses)
     */
    public boolean claim(String userId, String key, String operation, String hash, Instant now) {
        return entityManager
                        .createNativeQuery(
                                "INSERT INTO idempotency_record (user_id, idem_key, operation,"
                                        + " request_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                                        + " ON CONFLICT DO NOTHING")
                        .setParameter(1, userId)
                        .setParameter(2, key)
                        .setParameter(3, operation)
                        .setParameter(4, hash)
                        .setParameter(5, now)
                        .executeUpdate()
                == 1;
    }

    public Stored find(String userId, String key, String operation) {
        Object[] row =
                (Object[])
                        entityManager
                                .createNativeQuery(
                                        "SELECT request_hash, status, response_body FROM"
                                                + " idempotency_record WHERE user_id = ?1 AND"
                                                + " idem_key = ?2 AND operation = ?3")
                                .setParameter(1, userId)
                                .setParameter(2, key)
                                .setParameter(3, operation)
                                .getSingleResult();
        return new Stored((String) row[0], ((Number) row[1]).intValue(), (String) row[2]);
    }

    public void complete(String userId, String key, String operation, int status, String body) {
        entityManager
                .createNativeQuery(
                        "UPDATE idempotency_record SET status = ?4, response_body = ?5 WHERE"
                                + " user_id = ?1 AND idem_key = ?2 AND operation = ?3")
                .setParameter(1, userId)
                .setParameter(2, key)
                .setParameter(3, operation)
                .setParameter(4, status)
                .setParameter(5, body)
                .executeUpdate();
    }
}
