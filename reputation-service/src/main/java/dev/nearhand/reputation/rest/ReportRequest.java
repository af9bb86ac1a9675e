package dev.nearhand.reputation.rest;

import dev.nearhand.reputation.ReportReason;
import dev.nearhand.reputation.service.ReportService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A report about a user, optionally about one of their listings or an escrow with them. Only
 * escrowId is checked against what reputation knows (ReportService); userId and listingId are kept
 * as given, as reputation has no user directory and no copy of listings.
 */
public record ReportRequest(
        @NotBlank @Size(max = 200) String userId,
        @NotNull ReportReason reason,
        @Size(max = 2000) String detail,
        UUID listingId,
        UUID escrowId) {

    ReportService.Filing toFiling() {
        return new ReportService.Filing(userId, reason, detail, listingId, escrowId);
    }
}
