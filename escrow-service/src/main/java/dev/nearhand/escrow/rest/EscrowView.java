package dev.nearhand.escrow.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Money;
import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.BookedDays;
import dev.nearhand.escrow.BookedHours;
import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.EscrowAmounts;
import dev.nearhand.escrow.EscrowItem;
import dev.nearhand.escrow.EscrowTimeline;
import dev.nearhand.escrow.EscrowTransition;
import dev.nearhand.escrow.Warning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An escrow as its parties see it; {@code bookedFrom} and {@code bookedUntil} (the day the item
 * comes back) only for a loan booked by date, {@code bookedStart} and {@code bookedEnd} (when it
 * comes back) only for one booked by time. {@code history} is present on single reads and changes,
 * {@code terms} and {@code warnings} on creation. Fields without a value are left out, except
 * {@code revokeUntil}: the API promises it in the answer to opening, and before confirmation (when
 * the window has not started) its honest value is null. Confirming sets it for good, so it is null
 * only while {@code AWAITING_CONFIRMATION}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscrowView(
        UUID id,
        String status,
        UUID listingId,
        String buyerId,
        String sellerId,
        String category,
        Area area,
        String unit,
        int quantity,
        LocalDate bookedFrom,
        LocalDate bookedUntil,
        Instant bookedStart,
        Instant bookedEnd,
        Money unitPrice,
        Money total,
        Money fee,
        Money sellerReceives,
        Money sellerShare,
        Money refund,
        long revision,
        Instant createdAt,
        Instant confirmedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant revokeUntil,
        Instant acceptBy,
        Instant releaseAt,
        Instant closedAt,
        List<Step> history,
        TermsView terms,
        List<Warning> warnings) {

    /** One transition: what was done, by whom, from which state to which, when. */
    public record Step(String action, String from, String to, String actor, Instant at) {
        static Step from(EscrowTransition transition) {
            return new Step(
                    transition.action(),
                    transition.fromStatus() == null ? null : transition.fromStatus().name(),
                    transition.toStatus().name(),
                    transition.actor(),
                    transition.at());
        }
    }

    /** With its history: single reads and the answers to transitions. */
    public static EscrowView from(Escrow escrow) {
        return of(escrow, escrow.history().stream().map(Step::from).toList(), null, null);
    }

    /** Without history: list items. */
    public static EscrowView summary(Escrow escrow) {
        return of(escrow, null, null, null);
    }

    public static EscrowView created(Escrow escrow, TermsView terms, List<Warning> warnings) {
        return of(escrow, escrow.history().stream().map(Step::from).toList(), terms, warnings);
    }

    private static EscrowView of(
            Escrow escrow, List<Step> history, TermsView terms, List<Warning> warnings) {
        EscrowItem item = escrow.item();
        EscrowAmounts amounts = escrow.amounts();
        EscrowTimeline timeline = escrow.timeline();
        BookedDays days = item.bookedDays();
        BookedHours hours = item.bookedHours();
        Amount receives =
                amounts.sellerShare() != null
                        ? amounts.sellerShare().minus(amounts.fee())
                        : amounts.total().minus(amounts.fee());
        return new EscrowView(
                escrow.id(),
                escrow.status().name(),
                item.listingId(),
                escrow.buyerId(),
                escrow.sellerId(),
                item.category(),
                item.place() == null ? null : item.place().toArea(),
                item.unit(),
                item.quantity(),
                days == null ? null : days.from(),
                days == null ? null : days.until(),
                hours == null ? null : hours.start(),
                hours == null ? null : hours.end(),
                amounts.unitPrice().toMoney(),
                amounts.total().toMoney(),
                amounts.fee().toMoney(),
                receives.toMoney(),
                amounts.sellerShare() == null ? null : amounts.sellerShare().toMoney(),
                amounts.refund() == null ? null : amounts.refund().toMoney(),
                escrow.revision(),
                timeline.createdAt(),
                timeline.confirmedAt(),
                timeline.revokeUntil(),
                timeline.acceptBy(),
                timeline.releaseAt(),
                timeline.closedAt(),
                history,
                terms,
                warnings);
    }
}
