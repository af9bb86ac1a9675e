package dev.nearhand.matching.rest;

import dev.nearhand.contracts.Money;
import dev.nearhand.matching.service.NeedService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A need as a buyer posts it. */
public record NeedRequest(
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 100) String category,
        @NotNull @Valid Location location,
        @Valid Budget budget,
        @Size(max = 200) String when) {

    /** Where: snapped to its H3 cell before it is stored. */
    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {}

    /**
     * An optional budget, money as everywhere. Its decimals are checked against the currency's
     * minor digits when it is posted (NeedService): one rule for KWD 12.345 and JPY 1000.
     */
    public record Budget(
            @NotNull
                    @Pattern(
                            regexp = "\\d{1,15}(\\.\\d+)?",
                            message =
                                    "must be a decimal amount such as 12.50: at most 15 digits"
                                            + " before the point, no sign or exponent")
                    String amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as TWD")
                    String currency) {}

    NeedService.Draft toDraft() {
        return new NeedService.Draft(
                text,
                category,
                location.lat(),
                location.lon(),
                budget == null ? null : new Money(budget.amount(), budget.currency()),
                when);
    }
}
