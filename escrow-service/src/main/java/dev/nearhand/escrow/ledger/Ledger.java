package dev.nearhand.escrow.ledger;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.InsufficientFundsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes balanced movements: locks the accounts in a fixed order ({@link AccountLocks}), checks
 * that users' money stays non-negative, appends one entry per leg and moves the balance rows with
 * them ({@link JournalWriter}), in the caller's transaction: two round trips whatever the number of
 * legs. Nothing is visible unless that transaction commits.
 */
@ApplicationScoped
public class Ledger {

    private final AccountLocks locks;
    private final JournalWriter writer;
    private final EntityManager entityManager;
    private final Event<JournalPosted> posted;

    Ledger(
            AccountLocks locks,
            JournalWriter writer,
            EntityManager entityManager,
            Event<JournalPosted> posted) {
        this.locks = locks;
        this.writer = writer;
        this.entityManager = entityManager;
        this.posted = posted;
    }

    /** Posts the movement; the answer says what it left on each account. */
    @Transactional(TxType.MANDATORY)
    public JournalPosted post(
            JournalKind kind, UUID escrowId, String reference, Instant now, List<Leg> legs) {
        List<Leg> moving = legs.stream().filter(leg -> !leg.amount().isZero()).toList();
        requireBalanced(moving);
        Journal journal = new Journal(kind, escrowId, reference, now);
        List<Leg> inOrder = new ArrayList<>(moving);
        inOrder.sort(Comparator.comparing(Leg::account));
        Map<AccountKey, LockedAccount> locked = new HashMap<>();
        for (LockedAccount account :
                locks.lockAll(inOrder.stream().map(Leg::account).distinct().toList())) {
            locked.put(account.key(), account);
        }
        Map<Long, BigDecimal> balances = new LinkedHashMap<>();
        List<JournalWriter.Entry> entries = new ArrayList<>();
        for (Leg leg : inOrder) {
            LockedAccount account = locked.get(leg.account());
            BigDecimal after =
                    balances.getOrDefault(account.id(), account.balance())
                            .add(leg.amount().value());
            if (after.signum() < 0 && !account.mayGoNegative()) {
                throw new InsufficientFundsException(
                        "Not enough "
                                + leg.account().kind().name().toLowerCase()
                                + " money in "
                                + leg.account().currency()
                                + ": top up your wallet first");
            }
            balances.put(account.id(), after);
            entries.add(
                    new JournalWriter.Entry(
                            account.id(), leg.amount().currency(), leg.amount().value(), after));
        }
        writer.write(journal, entries, balances);
        entityManager
                .flush(); // whatever the transaction changed so far is written before anyone hears
        Map<AccountKey, BigDecimal> left = new HashMap<>();
        locked.values().forEach(account -> left.put(account.key(), balances.get(account.id())));
        JournalPosted done = new JournalPosted(journal, Map.copyOf(left));
        posted.fire(done);
        return done;
    }

    private static void requireBalanced(List<Leg> legs) {
        if (legs.size() < 2) {
            throw new IllegalArgumentException("a movement needs at least two legs");
        }
        String currency = legs.get(0).amount().currency();
        Amount sum = Amount.zero(currency);
        for (Leg leg : legs) {
            sum = sum.plus(leg.amount()); // refuses a second currency: no implicit conversion
        }
        if (!sum.isZero()) {
            throw new IllegalArgumentException("unbalanced movement: legs sum to " + sum);
        }
    }
}
