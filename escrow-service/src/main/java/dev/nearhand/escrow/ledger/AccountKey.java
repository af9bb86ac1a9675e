package dev.nearhand.escrow.ledger;

import java.util.Comparator;

/** Names an account; the natural order is the order in which accounts are locked. */
public record AccountKey(AccountKind kind, String ownerId, String currency)
        implements Comparable<AccountKey> {

    public static final String PLATFORM = "platform";

    private static final Comparator<AccountKey> LOCK_ORDER =
            Comparator.comparing((AccountKey key) -> key.kind.name())
                    .thenComparing(AccountKey::ownerId)
                    .thenComparing(AccountKey::currency);

    public static AccountKey available(String userId, String currency) {
        return new AccountKey(AccountKind.AVAILABLE, userId, currency);
    }

    public static AccountKey held(String userId, String currency) {
        return new AccountKey(AccountKind.HELD, userId, currency);
    }

    public static AccountKey fees(String currency) {
        return new AccountKey(AccountKind.FEES, PLATFORM, currency);
    }

    public static AccountKey clearing(String provider, String currency) {
        return new AccountKey(AccountKind.CLEARING, provider, currency);
    }

    @Override
    public int compareTo(AccountKey other) {
        return LOCK_ORDER.compare(this, other);
    }
}
