package dev.nearhand.escrow.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An operator's ruling: the seller's share of the total; the rest goes back to the buyer. */
public record ResolveRequest(@NotNull @Valid Share sellerShare) {

    /**
     * A money object {@code {"amount","currency"}}, or just the amount as a decimal string (then in
     * the escrow's currency).
     */
    public record Share(@NotBlank String amount, String currency) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Share ofAmount(String amount) {
            return new Share(amount, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Share {}
    }
}
