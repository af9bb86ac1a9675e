package dev.nearhand.escrow.rest;

import dev.nearhand.contracts.Money;
import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.ledger.LedgerEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry on one of my accounts: which account, why, by how much, and the balance after. {@code
 * id} is the entry's random public id, never the ledger's internal sequence.
 */
public record EntryView(
        UUID id,
        UUID journalId,
        String kind,
        String account,
        UUID escrowId,
        Money amount,
        Money balanceAfter,
        Instant at) {

    public static EntryView from(LedgerEntry entry) {
        String currency = entry.currency();
        return new EntryView(
                entry.publicId(),
                entry.journal().id(),
                entry.journal().kind().name(),
                entry.account().kind().name(),
                entry.journal().escrowId(),
                new Amount(entry.amount(), currency).toMoney(),
                new Amount(entry.balanceAfter(), currency).toMoney(),
                entry.createdAt());
    }

    static final String CSV_HEADER = "id,at,kind,account,escrowId,amount,currency,balanceAfter\n";

    String toCsvRow() {
        return id
                + ","
                + at
                + ","
                + kind
                + ","
                + account
                + ","
                + (escrowId == null ? "" : escrowId)
                + ","
                + amount.amount()
                + ","
                + amount.currency()
                + ","
                + balanceAfter.amount()
                + "\n";
    }
}
