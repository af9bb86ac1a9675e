package dev.nearhand.escrow.ledger;

import java.util.Comparator;
import java.util.UUID;

/**
 * Names an account; the natural order is the order of a journal's entries (accounts are locked in
 * the same order, byte-wise, by {@link AccountLocks}).
 *
 * <p>A user's account is one row ({@code bucket} 0). The platform's fees and a provider's clearing
 * take part in every release or top-up of everyone: as one row each, every such movement would
 * queue on its lock until the one before commits. They are split into {@link #SYSTEM_BUCKETS} rows
 * instead, a movement picking one by a hash of its escrow or payment, and the account's balance is
 * the sum of its buckets.
 */
public record AccountKey(AccountKind kind, String ownerId, String currency, int bucket)
        implements Comparable<AccountKey> {

    public static final String PLATFORM = "platform";

    /**
     * Rows per system account: enough that concurrent movements rarely meet on one. With 32, a
     * release waited 5 ms on average for its fee bucket under 32 concurrent clients (the lock is
     * held to commit, fsync included; pg_stat_statements, BENCHMARKS.md). Changing it later is
     * safe: balances sum whatever buckets exist.
     */
    public static final int SYSTEM_BUCKETS = 256;

    private static final Comparator<AccountKey> LOCK_ORDER =
            Comparator.comparing((AccountKey key) -> key.kind.name())
                    .thenComparing(AccountKey::ownerId)
                    .thenComparing(AccountKey::currency)
                    .thenComparingInt(AccountKey::bucket);

    public static AccountKey available(String userId, String currency) {
        return new AccountKey(AccountKind.AVAILABLE, userId, currency, 0);
    }

    public static AccountKey held(String userId, String currency) {
        return new AccountKey(AccountKind.HELD, userId, currency, 0);
    }

    /** One bucket of the platform's fees, chosen by what pays the fee (the escrow's id). */
    public static AccountKey fees(String currency, UUID escrowId) {
        return new AccountKey(AccountKind.FEES, PLATFORM, currency, bucketOf(escrowId.hashCode()));
    }

    /** One bucket of a provider's clearing account, chosen by the payment (its reference). */
    public static AccountKey clearing(String provider, String currency, String paymentReference) {
        return new AccountKey(
                AccountKind.CLEARING, provider, currency, bucketOf(paymentReference.hashCode()));
    }

    /**
     * Stable across restarts (String and UUID hash codes are specified), so a retry picks the same.
     */
    private static int bucketOf(int hash) {
        return Math.floorMod(hash, SYSTEM_BUCKETS);
    }

    @Override
    public int compareTo(AccountKey other) {
        return LOCK_ORDER.compare(this, other);
    }
}
