package dev.nearhand.listing;

/**
 * Where a listing is in its life: published listings are ACTIVE; an ITEM with nothing left to sell
 * is SOLD_OUT until its owner restocks it; WITHDRAWN is final.
 */
public enum ListingStatus {
    ACTIVE,
    PAUSED,
    SOLD_OUT,
    WITHDRAWN
}
