package dev.nearhand.escrow.rest;

import dev.nearhand.contracts.Money;
import dev.nearhand.escrow.service.WalletService.TopUp;
import java.time.Instant;
import java.util.UUID;

/** A completed top-up: its ledger journal id, the amount, and the provider's reference. */
public record TopUpView(UUID id, Money amount, String providerReference, Instant at) {

    public static TopUpView from(TopUp topUp) {
        return new TopUpView(
                topUp.journal().id(),
                topUp.amount().toMoney(),
                topUp.journal().reference(),
                topUp.journal().createdAt());
    }
}
