package dev.nearhand.reputation;

/** Which side of a trade a user was on. */
public enum Role {
    BUYER,
    SELLER
}
