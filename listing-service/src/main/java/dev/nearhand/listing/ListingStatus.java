package dev.nearhand.listing;

/**
 * Where a listing is in its life, and the moves each status allows. Published listings are ACTIVE.
 * An open listing (not paused, not withdrawn) is ACTIVE exactly while it has something to sell,
 * else SOLD_OUT until its owner restocks it; WITHDRAWN is final. A refused move is a 409 naming the
 * current status.
 */
public enum ListingStatus {
    ACTIVE,
    PAUSED,
    SOLD_OUT,
    WITHDRAWN;

    boolean isOpen() {
        return this == ACTIVE || this == SOLD_OUT;
    }

    /**
     * After the owner replaced the content: an open listing follows its new stock (a sold-out one
     * given something to sell is ACTIVE again, one left with nothing is SOLD_OUT).
     */
    ListingStatus revised(boolean hasSomethingToSell) {
        requireNot(WITHDRAWN, "update");
        return isOpen() ? open(hasSomethingToSell) : this;
    }

    ListingStatus paused() {
        require(ACTIVE, "pause");
        return PAUSED;
    }

    ListingStatus resumed(boolean hasSomethingToSell) {
        require(PAUSED, "resume");
        return open(hasSomethingToSell);
    }

    ListingStatus withdrawn() {
        requireNot(WITHDRAWN, "withdraw");
        return WITHDRAWN;
    }

    /**
     * A sale is never refused: an ACTIVE listing left with nothing sells out; a paused or withdrawn
     * one keeps its status.
     */
    ListingStatus afterSale(boolean hasSomethingToSell) {
        return this == ACTIVE && !hasSomethingToSell ? SOLD_OUT : this;
    }

    /** What an open listing is: ACTIVE while there is something to sell. */
    private static ListingStatus open(boolean hasSomethingToSell) {
        return hasSomethingToSell ? ACTIVE : SOLD_OUT;
    }

    private void require(ListingStatus expected, String action) {
        if (this != expected) {
            throw new IllegalListingTransitionException(action, this);
        }
    }

    private void requireNot(ListingStatus forbidden, String action) {
        if (this == forbidden) {
            throw new IllegalListingTransitionException(action, this);
        }
    }
}
