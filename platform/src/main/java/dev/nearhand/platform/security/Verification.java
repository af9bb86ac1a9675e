package dev.nearhand.platform.security;

import java.util.Locale;

/** How well a user's identity is verified (the token's {@code kyc} claim), weakest first. */
public enum Verification {
    NONE,
    PHONE,
    ID;

    /** Unknown or missing values count as unverified: a typo must never grant trust. */
    public static Verification fromClaim(String claim) {
        if (claim == null) {
            return NONE;
        }
        try {
            return valueOf(claim.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }
}
