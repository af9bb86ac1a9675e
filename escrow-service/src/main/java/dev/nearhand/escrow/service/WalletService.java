package dev.nearhand.escrow.service;

import static dev.nearhand.escrow.ledger.Leg.credit;
import static dev.nearhand.escrow.ledger.Leg.debit;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.PaymentDeclinedException;
import dev.nearhand.escrow.TopUpNotFoundException;
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
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

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
        // Client keys are unique per user only; the provider's are global, so scope them per user.
        Charge charge = provider.charge(userId, amount, providerKey(userId, idempotencyKey));
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

    /** One of my top-ups, as it was answered when it was made. */
    @Transactional
    public TopUp topUpOf(String userId, UUID journalId) {
        LedgerEntry entry =
                entries.topUpOfUser(userId, journalId)
                        .orElseThrow(
                                () ->
                                        new TopUpNotFoundException(
                                                "No top-up " + journalId + " of yours"));
        return new TopUp(entry.journal(), new Amount(entry.amount(), entry.currency()));
    }

    /** The provider's idempotency key for one user's client key: a digest of both. */
    static String providerKey(String userId, String idempotencyKey) {
        String scoped = userId + "\u001f" + idempotencyKey;
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(scoped.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * A page of my entries, newest first: from the newest when {@code afterEntry} is null, else
     * those written before my entry with that public id (the last of the previous page). A public
     * id that is not one of my entries is a 400 naming {@code cursor}.
     */
    @Transactional
    public List<LedgerEntry> entriesAfter(String userId, UUID afterEntry, int limit) {
        long before =
                afterEntry == null
                        ? Long.MAX_VALUE
                        : entries.positionOfUsers(userId, afterEntry)
                                .orElseThrow(
                                        () ->
                                                new InvalidFieldException(
                                                        "cursor",
                                                        "not a cursor this service issued"));
        return entries.pageOfUser(userId, before, limit);
    }

    /**
     * A page of my entries, newest first, written before the entry with internal id {@code
     * beforeId}: for reading them all inside the service (the export), never for a client's cursor.
     */
    @Transactional
    public List<LedgerEntry> entriesBefore(String userId, long beforeId, int limit) {
        return entries.pageOfUser(userId, beforeId, limit);
    }
}
