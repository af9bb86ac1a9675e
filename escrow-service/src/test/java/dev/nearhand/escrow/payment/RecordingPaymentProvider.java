package dev.nearhand.escrow.payment;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.config.EscrowConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox provider in tests, remembering which idempotency keys each user's charges came with:
 * what a real provider would deduplicate on.
 */
@Alternative
@Priority(1)
@Singleton
public class RecordingPaymentProvider extends SandboxPaymentProvider {

    private final Map<String, List<String>> keysByUser = new ConcurrentHashMap<>();

    RecordingPaymentProvider(EscrowConfig config) {
        super(config);
    }

    @Override
    public Charge charge(String userId, Amount amount, String idempotencyKey) {
        keysByUser.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>()).add(idempotencyKey);
        return super.charge(userId, amount, idempotencyKey);
    }

    public List<String> keysOf(String userId) {
        return List.copyOf(keysByUser.getOrDefault(userId, List.of()));
    }
}
