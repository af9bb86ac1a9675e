package dev.nearhand.reputation;

import dev.nearhand.platform.problem.ProblemException;

/** A review of an escrow that is not released or resolved (yet, or ever). */
public class TradeNotFinishedException extends ProblemException {
    public TradeNotFinishedException(TradeStatus status) {
        super(
                409,
                "trade-not-finished",
                "Trade not finished",
                "Only a released or resolved trade can be reviewed; this one is " + status,
                java.util.Map.of("currentState", String.valueOf(status)));
    }
}
