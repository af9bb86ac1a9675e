package dev.nearhand.reputation;

import java.time.Instant;

/**
 * A user's evidence summed, each fact's weight decayed to one instant ({@code at}). Decay is
 * exponential, so the sums at a later instant are these times one factor: a new fact updates a
 * user's credit without reading their whole history again.
 *
 * @param praiseWeight weights of transaction facts at or above the prior's mean (the closed-circle
 *     discount applies to these)
 * @param praiseValue their weight times value
 * @param otherWeight weights of the other transaction facts
 * @param otherValue their weight times value
 * @param socialPenalty weights of the social facts (upheld reports), decayed at their own rate
 * @param completed completed trades (not decayed)
 */
public record CreditSums(
        Instant at,
        double praiseWeight,
        double praiseValue,
        double otherWeight,
        double otherValue,
        double socialPenalty,
        int completed) {

    public static CreditSums none(Instant at) {
        return new CreditSums(at, 0, 0, 0, 0, 0, 0);
    }
}
