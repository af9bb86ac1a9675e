package dev.nearhand.listing.rest;

import dev.nearhand.listing.CreditSummary;

/** A seller's credit as reputation last announced it; null on the shop page until it has. */
public record CreditView(int transaction, int social, String tier, int completedTrades) {

    public static CreditView from(CreditSummary summary) {
        return new CreditView(
                summary.transaction(), summary.social(), summary.tier(), summary.completedTrades());
    }
}
