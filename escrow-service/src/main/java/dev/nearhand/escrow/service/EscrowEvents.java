package dev.nearhand.escrow.service;

import dev.nearhand.contracts.Event;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.escrow.EscrowAccepted;
import dev.nearhand.contracts.escrow.EscrowDeclined;
import dev.nearhand.contracts.escrow.EscrowDelivered;
import dev.nearhand.contracts.escrow.EscrowDisputed;
import dev.nearhand.contracts.escrow.EscrowExpired;
import dev.nearhand.contracts.escrow.EscrowHeld;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.escrow.EscrowRevoked;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.BookedDays;
import dev.nearhand.escrow.BookedHours;
import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.EscrowAmounts;
import dev.nearhand.escrow.EscrowItem;
import dev.nearhand.escrow.EscrowStatus;
import dev.nearhand.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Announces each transition through the outbox, in the transaction that made it. */
@ApplicationScoped
public class EscrowEvents {

    private static final int VERSION = 1;

    private final Outbox outbox;

    EscrowEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void announce(Escrow escrow, Instant now) {
        UUID id = UUID.randomUUID();
        EscrowSnapshot snapshot = snapshot(escrow);
        Event event =
                switch (escrow.status()) {
                    case HELD -> new EscrowHeld(id, now, VERSION, snapshot);
                    case REVOKED -> new EscrowRevoked(id, now, VERSION, snapshot);
                    case ACCEPTED -> new EscrowAccepted(id, now, VERSION, snapshot);
                    case DECLINED -> new EscrowDeclined(id, now, VERSION, snapshot);
                    case EXPIRED -> new EscrowExpired(id, now, VERSION, snapshot);
                    case DELIVERED -> new EscrowDelivered(id, now, VERSION, snapshot);
                    case RELEASED -> new EscrowReleased(id, now, VERSION, snapshot);
                    case DISPUTED -> new EscrowDisputed(id, now, VERSION, snapshot);
                    case RESOLVED -> new EscrowResolved(id, now, VERSION, snapshot);
                    case AWAITING_CONFIRMATION ->
                            throw new IllegalStateException("creation is not announced");
                };
        outbox.append(Topics.ESCROW_ESCROWS, event);
    }

    static EscrowSnapshot snapshot(Escrow escrow) {
        EscrowItem item = escrow.item();
        EscrowAmounts amounts = escrow.amounts();
        BookedDays days = item.bookedDays();
        BookedHours hours = item.bookedHours();
        return new EscrowSnapshot(
                escrow.id(),
                item.listingId(),
                escrow.buyerId(),
                escrow.sellerId(),
                item.category(),
                item.place() == null ? null : item.place().toArea(),
                item.unit(),
                item.quantity(),
                amounts.total().toMoney(),
                amounts.fee().toMoney(),
                escrow.status().name(),
                escrow.revision(),
                money(amounts.sellerShare()),
                money(amounts.refund()),
                days == null ? null : days.from(),
                days == null ? null : days.until(),
                hours == null ? null : hours.start(),
                hours == null ? null : hours.end(),
                disputedBy(escrow));
    }

    /** The party who opened the escrow's dispute, so that credit marks the right one. */
    private static String disputedBy(Escrow escrow) {
        if (escrow.status() != EscrowStatus.DISPUTED && escrow.status() != EscrowStatus.RESOLVED) {
            return null;
        }
        return escrow.history().stream()
                .filter(step -> step.toStatus() == EscrowStatus.DISPUTED)
                .map(step -> escrow.isSeller(step.actor()) ? "SELLER" : "BUYER")
                .reduce((first, later) -> later)
                .orElse(null);
    }

    private static Money money(Amount amount) {
        return amount == null ? null : amount.toMoney();
    }
}
