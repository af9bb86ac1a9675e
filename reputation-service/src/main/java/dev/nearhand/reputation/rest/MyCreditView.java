package dev.nearhand.reputation.rest;

import dev.nearhand.reputation.Credit;
import dev.nearhand.reputation.Tier;
import dev.nearhand.reputation.service.CreditExplainer;
import java.util.List;

/** My credit, with what lowers it, what would raise it, and my escrow limits. */
public record MyCreditView(
        String userId,
        int transaction,
        int social,
        Tier tier,
        int completedTrades,
        long creditVersion,
        Explanations explanations,
        CreditExplainer.Limits limits) {

    /** What lowers my credit and what would raise it, in plain words. */
    public record Explanations(List<String> lowering, List<String> raising) {}

    public static MyCreditView from(CreditExplainer.Explained explained) {
        Credit credit = explained.credit();
        return new MyCreditView(
                credit.userId(),
                credit.transaction(),
                credit.social(),
                credit.tier(),
                credit.completedTrades(),
                credit.creditVersion(),
                new Explanations(explained.lowering(), explained.raising()),
                explained.limits());
    }
}
