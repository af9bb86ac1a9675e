package dev.nearhand.reputation;

/** Credit tiers, lowest first; escrow-service multiplies its limits by them. */
public enum Tier {
    NEW,
    BRONZE,
    SILVER,
    GOLD;

    /** The next tier up, or null at the top. */
    public Tier next() {
        return this == GOLD ? null : values()[ordinal() + 1];
    }
}
