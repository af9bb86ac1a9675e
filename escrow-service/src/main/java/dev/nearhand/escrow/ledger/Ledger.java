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
import java.util.List;
import java.util.UUID;

/**
 * Writes balanced movements: locks the accounts in a fixed order, checks that users' money stays
 * non-negative, appends one entry per leg and moves the balance rows with them, in the caller's
 * transaction. Nothing is visible unless that transaction commits.
 */
@ApplicationScoped
public class Ledger {

    private final AccountRepository accounts;
    private final EntityManager entityManager;
    private final Event<JournalPosted> posted;

    Ledger(AccountRepository accounts, EntityManager entityManager, Event<JournalPosted> posted) {
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.posted = posted;
    }

    @Transactional(TxType.MANDATORY)
    public Journal post(
            JournalKind kind, UUID escrowId, String reference, Instant now, List<Leg> legs) {
        List<Leg> moving = legs.stream().filter(leg -> !leg.amount().isZero()).toList();
        requireBalanced(moving);
        Journal journal = new Journal(kind, escrowId, reference, now);
        entityManager.persist(journal);
        List<Leg> inLockOrder = new ArrayList<>(moving);
        inLockOrder.sort(Comparator.comparing(Leg::account));
        List<LedgerEntry> entries = new ArrayList<>();
        for (Leg leg : inLockOrder) {
            Account account = accounts.lockOrCreate(leg.account());
            BigDecimal after = account.apply(leg.amount().value());
            if (after.signum() < 0 && !account.mayGoNegative()) {
                throw new InsufficientFundsException(
                        "Not enough "
                                + leg.account().kind().name().toLowerCase()
                                + " money in "
                                + leg.account().currency()
                                + ": top up your wallet first");
            }
            entries.add(new LedgerEntry(journal, account, leg.amount().value(), after));
        }
        entries.forEach(entityManager::persist);
        entityManager.flush();
        posted.fire(new JournalPosted(journal, entries.size()));
        return journal;
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
