package dev.nearhand.reputation;

/** A computed credit: both scores (0-1000), the tier, completed trades and evidence behind it. */
public record Score(
        int transaction, int social, Tier tier, int completedTrades, double effectiveEvidence) {}
