package dev.nearhand.escrow;

import java.util.Locale;

/** reputation-service's credit tiers, weakest first; anything unknown counts as NEW. */
public enum CreditTier {
    NEW,
    BRONZE,
    SILVER,
    GOLD;

    public static CreditTier fromWire(String tier) {
        if (tier == null) {
            return NEW;
        }
        try {
            return valueOf(tier.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NEW;
        }
    }
}
