package dev.nearhand.reputation.rest;

import dev.nearhand.reputation.Credit;
import dev.nearhand.reputation.Tier;

/** A user's public credit: the scores, never the trades and reports behind them. */
public record CreditView(
        String userId, int transaction, int social, Tier tier, int completedTrades) {

    public static CreditView from(Credit credit) {
        return new CreditView(
                credit.userId(),
                credit.transaction(),
                credit.social(),
                credit.tier(),
                credit.completedTrades());
    }
}
