package dev.nearhand.contracts.escrow;

import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The state of an escrow after a transition, carried by every escrow event so that consumers
 * (matching learns prices, reputation learns credit) never call back.
 *
 * <p>{@code status} is AWAITING_CONFIRMATION, HELD, REVOKED, ACCEPTED, DECLINED, EXPIRED,
 * DELIVERED, RELEASED, DISPUTED or RESOLVED; {@code unit} is the listing's price unit (HOUR,
 * SESSION, DAY, ITEM, FIXED). {@code total} is what the buyer pays (price × quantity); {@code fee}
 * is the platform's fee on it (on a RESOLVED escrow: the fee actually charged on the seller's
 * share). {@code sellerShare} and {@code refund} are set only when RESOLVED. {@code revision} grows
 * with every transition of this escrow; {@code area} is the listing's coarse area. {@code
 * bookedFrom} and {@code bookedUntil} (the day the item comes back) are set only when the buyer
 * booked an item lent by the day for given days; {@code bookedStart} and {@code bookedEnd} (when
 * the item comes back) only when the buyer booked an item lent by the hour for a given time. Both
 * are taken while the escrow holds money, from HELD on, and given back by a full refund. {@code
 * disputedBy} is BUYER or SELLER, the party who opened the dispute, on DISPUTED and RESOLVED
 * escrows; null on every other.
 */
public record EscrowSnapshot(
        UUID escrowId,
        UUID listingId,
        String buyerId,
        String sellerId,
        String category,
        Area area,
        String unit,
        int quantity,
        Money total,
        Money fee,
        String status,
        long revision,
        Money sellerShare,
        Money refund,
        LocalDate bookedFrom,
        LocalDate bookedUntil,
        Instant bookedStart,
        Instant bookedEnd,
        String disputedBy) {}
