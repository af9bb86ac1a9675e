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

/**
 * A need as a buyer posts it. {@code when} is ISO time or free text (NeedPosted); that an
 * ISO-looking one is a real date or time is checked when it is posted (NeedService). Like every
 * text field it must be JSON text (the platform's StrictJson refuses {@code 12345}).
 */
public record NeedRequest(
        @NotBlank @Size(max = 1000) String text,
        @NotNull
                @Size(max = CATEGORY_MAX_LENGTH)
                @Pattern(
                        regexp = CATEGORY_ID,
                        message =
                                "must be a category id such as space.room or tutoring: dot-separated"
                                        + " parts of lowercase letters, digits and inner hyphens,"
                                        + " each starting with a letter")
                String category,
        @NotNull @Valid Location location,
        @Valid Budget budget,
        @Size(max = 200) String when) {

    /**
     * The shape of listing-service's category ids ({@code space.room}, {@code tutoring}): parts of
     * lowercase letters joined by dots, one part per level. Only the shape is checked because the
     * tree is listing-service's, with extras its operators configure there, and matching never asks
     * another service: it cannot tell an unknown id from one an operator added yesterday, so it
     * refuses only what no id can look like. Digits and inner hyphens are let through because
     * listing-service does not restrict an operator's ids to letters ({@code repair.e-bike}).
     */
    static final String CATEGORY_ID =
            "[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*";

    /** As long as a stored category can be (need.category is VARCHAR(100)). */
    static final int CATEGORY_MAX_LENGTH = 100;

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
