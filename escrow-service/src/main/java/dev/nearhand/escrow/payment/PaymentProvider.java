package dev.nearhand.escrow.payment;

import dev.nearhand.escrow.Amount;

/**
 * The port to whoever takes the user's money from outside (a card, Alipay, a bank): escrow-service
 * only asks for a charge and books it against the provider's clearing account.
 *
 * <p>Implementations must be idempotent on {@code idempotencyKey}: the same key returns the same
 * charge and never takes money twice, so a retried top-up is safe even if our transaction rolled
 * back after the provider charged.
 */
public interface PaymentProvider {

    /**
     * Names the provider's clearing account in the ledger, e.g. {@code sandbox}, {@code stripe}.
     */
    String name();

    Charge charge(String userId, Amount amount, String idempotencyKey);

    /** A provider's answer: approved with its reference, or declined with a reason. */
    record Charge(boolean approved, String reference, String declineReason) {

        public static Charge approved(String reference) {
            return new Charge(true, reference, null);
        }

        public static Charge declined(String reason) {
            return new Charge(false, null, reason);
        }
    }
}
