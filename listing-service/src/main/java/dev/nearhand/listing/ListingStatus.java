package dev.nearhand.listing;

/** Where a listing is in its life: published listings are ACTIVE; WITHDRAWN is final. */
public enum ListingStatus {
    ACTIVE,
    PAUSED,
    WITHDRAWN
}
