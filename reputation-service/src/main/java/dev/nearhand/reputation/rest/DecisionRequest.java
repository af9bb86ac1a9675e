package dev.nearhand.reputation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An operator's decision on a report. */
public record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) String note) {

    /** Upholding lowers the reported user's social credit; dismissing changes nothing. */
    public enum Decision {
        UPHOLD,
        DISMISS
    }
}
