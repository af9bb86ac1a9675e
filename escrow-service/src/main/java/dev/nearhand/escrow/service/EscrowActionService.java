package dev.nearhand.escrow.service;

import static dev.nearhand.escrow.service.EscrowService.requireBuyer;
import static dev.nearhand.escrow.service.EscrowService.requireSeller;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.PartyNotAllowedException;
import dev.nearhand.escrow.config.EscrowConfig;
import dev.nearhand.escrow.repository.EscrowRepository;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The parties' (and operators') moves after confirmation. Each one locks the escrow row, checks who
 * may act, lets the aggregate check the state, moves the money and announces the transition, all in
 * one transaction: concurrent calls queue on the row and the later ones see the new state.
 */
@ApplicationScoped
public class EscrowActionService {

    private final EscrowService escrows;
    private final EscrowRepository repository;
    private final Settlements settlements;
    private final EscrowEvents events;
    private final EscrowConfig config;
    private final Clock clock;

    EscrowActionService(
            EscrowService escrows,
            EscrowRepository repository,
            Settlements settlements,
            EscrowEvents events,
            EscrowConfig config,
            Clock clock) {
        this.escrows = escrows;
        this.repository = repository;
        this.settlements = settlements;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Escrow revoke(Caller caller, UUID id) {
        Escrow escrow = escrows.lockForParty(id, caller);
        requireBuyer(escrow, caller, "revoke");
        Instant now = clock.instant();
        escrow.revoke(caller.id(), now);
        settlements.refund(escrow, now);
        return announced(escrow, now);
    }

    @Transactional
    public Escrow accept(Caller caller, UUID id) {
        Escrow escrow = escrows.lockForParty(id, caller);
        requireSeller(escrow, caller, "accept");
        Instant now = clock.instant();
        escrow.accept(caller.id(), now);
        return announced(escrow, now);
    }

    @Transactional
    public Escrow decline(Caller caller, UUID id) {
        Escrow escrow = escrows.lockForParty(id, caller);
        requireSeller(escrow, caller, "decline");
        Instant now = clock.instant();
        escrow.decline(caller.id(), now);
        settlements.refund(escrow, now);
        return announced(escrow, now);
    }

    @Transactional
    public Escrow deliver(Caller caller, UUID id) {
        Escrow escrow = escrows.lockForParty(id, caller);
        requireSeller(escrow, caller, "deliver");
        Instant now = clock.instant();
        escrow.deliver(caller.id(), now, config.autoReleaseAfter());
        return announced(escrow, now);
    }

    @Transactional
    public Escrow release(Caller caller, UUID id) {
        Escrow escrow = escrows.lockForParty(id, caller);
        requireBuyer(escrow, caller, "release");
        Instant now = clock.instant();
        escrow.release(caller.id(), now);
        settlements.release(escrow, now);
        return announced(escrow, now);
    }

    @Transactional
    public Escrow dispute(Caller caller, UUID id) {
        Escrow escrow = escrows.lockForParty(id, caller);
        if (!escrow.isParty(caller.id())) {
            throw new PartyNotAllowedException("Only the buyer or the seller may dispute");
        }
        Instant now = clock.instant();
        escrow.dispute(caller.id(), now);
        return announced(escrow, now);
    }

    /**
     * An operator splits a disputed escrow; the seller's share carries its fee at the rate agreed
     * at opening.
     */
    @Transactional
    public Escrow resolve(Caller caller, UUID id, String shareAmount, String shareCurrency) {
        Escrow escrow = escrows.lockForParty(id, caller);
        if (!caller.operator()) {
            throw new PartyNotAllowedException("Only an operator may resolve a dispute");
        }
        if (escrow.isParty(caller.id())) {
            throw new PartyNotAllowedException(
                    "An operator may not resolve a dispute they are a party to");
        }
        Amount total = escrow.amounts().total();
        Amount share =
                MoneyInput.parse("sellerShare", shareAmount, shareCurrency, total.currency());
        if (share.exceeds(total)) {
            throw new InvalidFieldException(
                    "sellerShare", "must not exceed the total of " + total.toMoney().amount());
        }
        Instant now = clock.instant();
        escrow.resolve(caller.id(), now, share);
        settlements.split(escrow, now);
        return announced(escrow, now);
    }

    /** Timers: expire or auto-release one claimed escrow whose deadline has passed. */
    @Transactional
    public boolean fireNextDue() {
        Instant now = clock.instant();
        return repository
                .claimDue(now)
                .map(
                        escrow -> {
                            switch (escrow.status()) {
                                case HELD -> {
                                    escrow.expire(now);
                                    settlements.refund(escrow, now);
                                }
                                case DELIVERED -> {
                                    escrow.autoRelease(now);
                                    settlements.release(escrow, now);
                                }
                                default ->
                                        throw new IllegalStateException(
                                                "claimed an escrow that is " + escrow.status());
                            }
                            announced(escrow, now);
                            return true;
                        })
                .orElse(false);
    }

    private Escrow announced(Escrow escrow, Instant now) {
        events.announce(escrow, now);
        return escrow;
    }
}
