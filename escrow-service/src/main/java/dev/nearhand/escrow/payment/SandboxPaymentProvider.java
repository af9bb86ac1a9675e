package dev.nearhand.escrow.payment;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.config.EscrowConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The local default provider: approves any top-up up to {@code escrow.sandbox.max-top-up} and
 * declines above, so both paths can be exercised without a real provider. Its reference is derived
 * from the idempotency key, which makes it idempotent as the port requires.
 */
@DefaultBean
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    private final EscrowConfig config;

    SandboxPaymentProvider(EscrowConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Charge charge(String userId, Amount amount, String idempotencyKey) {
        if (amount.value().compareTo(config.sandbox().maxTopUp()) > 0) {
            return Charge.declined(
                    "the sandbox declines top-ups above " + config.sandbox().maxTopUp());
        }
        String seed = userId + "\u001f" + idempotencyKey;
        return Charge.approved(
                "sbx_" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)));
    }
}
