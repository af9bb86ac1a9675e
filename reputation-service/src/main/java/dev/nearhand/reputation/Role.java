package dev.nearhand.reputation;

import java.util.Arrays;

/** Which side of a trade a user was on. */
public enum Role {
    BUYER,
    SELLER;

    /** Whether a party escrow-service names (as who opened a dispute) is one of these. */
    public static boolean isKnown(String name) {
        return Arrays.stream(values()).anyMatch(role -> role.name().equals(name));
    }
}
