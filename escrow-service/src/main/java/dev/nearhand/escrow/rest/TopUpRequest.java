package dev.nearhand.escrow.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Money to add to my wallet through the payment provider. */
public record TopUpRequest(
        @NotBlank
                @Pattern(
                        regexp = "\\d{1,12}(\\.\\d{1,4})?",
                        message = "must be a positive decimal string")
                String amount,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
                String currency) {}
