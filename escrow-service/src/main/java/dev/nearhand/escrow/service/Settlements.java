package dev.nearhand.escrow.service;

import static dev.nearhand.escrow.ledger.Leg.credit;
import static dev.nearhand.escrow.ledger.Leg.debit;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.ledger.AccountKey;
import dev.nearhand.escrow.ledger.JournalKind;
import dev.nearhand.escrow.ledger.JournalPosted;
import dev.nearhand.escrow.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The ledger movement behind each money-moving transition of an escrow. */
@ApplicationScoped
public class Settlements {

    private final Ledger ledger;

    Settlements(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Confirm: the buyer's available money becomes held.
     *
     * @return the buyer's held money after it, which is the total of their open escrows in this
     *     currency: only a confirm moves money into held, and every way an escrow closes moves its
     *     total out
     */
    public Amount hold(Escrow escrow, Instant now) {
        AccountKey held = held(escrow);
        Amount total = escrow.amounts().total();
        JournalPosted posted =
                ledger.post(
                        JournalKind.HOLD,
                        escrow.id(),
                        null,
                        now,
                        List.of(
                                debit(available(escrow.buyerId(), escrow), total),
                                credit(held, total)));
        return new Amount(posted.balance(held), total.currency());
    }

    /** Revoke, decline, expiry: the whole total back to the buyer. */
    public void refund(Escrow escrow, Instant now) {
        ledger.post(
                JournalKind.REFUND,
                escrow.id(),
                null,
                now,
                List.of(
                        debit(held(escrow), escrow.amounts().total()),
                        credit(available(escrow.buyerId(), escrow), escrow.amounts().total())));
    }

    /** Release: the seller gets the total less the fee, the platform the fee. */
    public void release(Escrow escrow, Instant now) {
        Amount total = escrow.amounts().total();
        Amount fee = escrow.amounts().fee();
        ledger.post(
                JournalKind.RELEASE,
                escrow.id(),
                null,
                now,
                List.of(
                        debit(held(escrow), total),
                        credit(available(escrow.sellerId(), escrow), total.minus(fee)),
                        credit(AccountKey.fees(escrow.amounts().currency(), escrow.id()), fee)));
    }

    /** Resolve: the seller's share less its fee, the fee, and the rest back to the buyer. */
    public void split(Escrow escrow, Instant now) {
        Amount share = escrow.amounts().sellerShare();
        Amount fee = escrow.amounts().fee();
        ledger.post(
                JournalKind.SPLIT,
                escrow.id(),
                null,
                now,
                List.of(
                        debit(held(escrow), escrow.amounts().total()),
                        credit(available(escrow.sellerId(), escrow), share.minus(fee)),
                        credit(AccountKey.fees(escrow.amounts().currency(), escrow.id()), fee),
                        credit(available(escrow.buyerId(), escrow), escrow.amounts().refund())));
    }

    private static AccountKey available(String userId, Escrow escrow) {
        return AccountKey.available(userId, escrow.amounts().currency());
    }

    private static AccountKey held(Escrow escrow) {
        return AccountKey.held(escrow.buyerId(), escrow.amounts().currency());
    }
}
