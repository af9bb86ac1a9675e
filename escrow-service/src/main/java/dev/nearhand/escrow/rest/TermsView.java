package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.config.EscrowConfig;

/**
 * The rules an escrow opens under: fee in percent, and the windows as ISO 8601 durations. The
 * revoke window and acceptance deadline start at confirmation.
 */
public record TermsView(
        String feePercent, String revokeWindow, String acceptWithin, String autoReleaseAfter) {

    public static TermsView from(EscrowConfig config) {
        return new TermsView(
                config.feePercent().stripTrailingZeros().toPlainString(),
                config.revokeWindow().toString(),
                config.acceptWithin().toString(),
                config.autoReleaseAfter().toString());
    }
}
