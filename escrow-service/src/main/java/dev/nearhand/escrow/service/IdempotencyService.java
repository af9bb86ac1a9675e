package dev.nearhand.escrow.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.escrow.IdempotencyKeyReusedException;
import dev.nearhand.escrow.repository.IdempotencyRepository;
import dev.nearhand.escrow.repository.IdempotencyRepository.Stored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Runs a keyed request at most once: the key is claimed, the effect made and its response stored in
 * one transaction. A retry gets the stored response and moves nothing; a concurrent retry waits on
 * the key until the first commits; the same key with another request is refused.
 */
@ApplicationScoped
public class IdempotencyService {

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;
    private final Clock clock;

    IdempotencyService(IdempotencyRepository records, ObjectMapper mapper, Clock clock) {
        this.records = records;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A response, and whether it is a replay of an earlier one. */
    public record Outcome<T>(int status, T body, boolean replayed) {}

    /**
     * @param key the client's Idempotency-Key; null runs the action unguarded
     * @param requestHash identifies the request (method, path, body) the key was first used for
     */
    @Transactional
    public <T> Outcome<T> run(
            String userId,
            String key,
            String operation,
            String requestHash,
            int status,
            Class<T> type,
            Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(status, action.get(), false);
        }
        if (!records.claim(userId, key, operation, requestHash, clock.instant())) {
            Stored stored = records.find(userId, key, operation);
            if (!stored.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(
                        "This Idempotency-Key was used for a different request: use a new key");
            }
            return new Outcome<>(stored.status(), read(stored.body(), type), true);
        }
        T body = action.get();
        records.complete(userId, key, operation, status, write(body));
        return new Outcome<>(status, body, false);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is unreadable", e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored", e);
        }
    }
}
