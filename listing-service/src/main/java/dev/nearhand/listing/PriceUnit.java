package dev.nearhand.listing;

/** What one price buys. */
public enum PriceUnit {
    HOUR,
    SESSION,
    DAY,
    ITEM,
    FIXED
}
