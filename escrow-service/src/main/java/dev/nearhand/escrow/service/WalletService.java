package dev.nearhand.escrow.service;

import static dev.nearhand.escrow.ledger.Leg.credit;
import static dev.nearhand.escrow.ledger.Leg.debit;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.PaymentDeclinedException;
import dev.nearhand.escrow.ledger.Account;
import dev.nearhand.escrow.ledger.AccountKey;
import dev.nearhand.escrow.ledger.AccountRepository;
import dev.nearhand.escrow.ledger.Journal;
import dev.nearhand.escrow.ledger.JournalKind;
import dev.nearhand.escrow.ledger.JournalPosted;
import dev.nearhand.escrow.ledger.Ledger;
import dev.nearhand.escrow.ledger.LedgerEntry;
import dev.nearhand.escrow.ledger.LedgerEntryRepository;
import dev.nearhand.escrow.payment.PaymentProvider;
import dev.nearhand.escrow.payment.PaymentProvider.Charge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Wallets: balances per currency, top-ups through the payment provider, the entry history. */
@ApplicationScoped
public class WalletService {

    private final AccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final Ledger ledger;
    private final PaymentProvider provider;
    private final Clock clock;

    WalletService(
            AccountRepository accounts,
            LedgerEntryRepository entries,
            Ledger ledger,
            PaymentProvider provider,
            Clock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.ledger = ledger;
        this.provider = provider;
        this.clock = clock;
    }

    /** A completed top-up. */
    public record TopUp(Journal journal, Amount amount) {}

    @Transactional
    public List<Account> balances(String userId) {
        return accounts.ofUser(userId);
    }

    /**
     * Charges the provider (idempotent on the key, so a retry after a rollback never charges twice)
     * and books provider clearing to the user's available money.
     */
    @Transactional
    public TopUp topUp(String userId, Amount amount, String idempotencyKey) {
        Charge charge = provider.charge(userId, amount, idempotencyKey);
        if (!charge.approved()) {
            throw new PaymentDeclinedException(
                    "The payment provider declined the top-up: " + charge.declineReason());
        }
        JournalPosted posted =
                ledger.post(
                        JournalKind.TOP_UP,
                        null,
                        charge.reference(),
                        clock.instant(),
                        List.of(
                                debit(
                                        AccountKey.clearing(
                                                provider.name(),
                                                amount.currency(),
                                                charge.reference()),
                                        amount),
                                credit(AccountKey.available(userId, amount.currency()), amount)));
        return new TopUp(posted.journal(), amount);
    }

    @Transactional
    public List<LedgerEntry> entries(String userId, long beforeId, int limit) {
        return entries.pageOfUser(userId, beforeId, limit);
    }
}
