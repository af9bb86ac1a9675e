package dev.nearhand.escrow.service;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.BookedDays;
import dev.nearhand.escrow.BookedHours;
import dev.nearhand.escrow.CreditTier;
import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.EscrowItem;
import dev.nearhand.escrow.EscrowNotFoundException;
import dev.nearhand.escrow.ListingCopy;
import dev.nearhand.escrow.ListingUnavailableException;
import dev.nearhand.escrow.PartyNotAllowedException;
import dev.nearhand.escrow.SelfPurchaseException;
import dev.nearhand.escrow.TermsChangedException;
import dev.nearhand.escrow.Warning;
import dev.nearhand.escrow.config.EscrowConfig;
import dev.nearhand.escrow.ledger.AccountKey;
import dev.nearhand.escrow.ledger.AccountRepository;
import dev.nearhand.escrow.repository.CreditRepository;
import dev.nearhand.escrow.repository.EscrowRepository;
import dev.nearhand.escrow.repository.ListingCopyRepository;
import dev.nearhand.platform.security.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Opening and confirming escrows: terms from the local listing copy, limits, the hold. */
@ApplicationScoped
public class EscrowService {

    private final EscrowRepository escrows;
    private final ListingCopyRepository listings;
    private final AccountRepository accounts;
    private final CreditRepository credits;
    private final LimitPolicy limits;
    private final StockReservations stock;
    private final DayBookings days;
    private final HourBookings hours;
    private final Settlements settlements;
    private final EscrowEvents events;
    private final EscrowConfig config;
    private final Clock clock;

    EscrowService(
            EscrowRepository escrows,
            ListingCopyRepository listings,
            AccountRepository accounts,
            CreditRepository credits,
            LimitPolicy limits,
            StockReservations stock,
            DayBookings days,
            HourBookings hours,
            Settlements settlements,
            EscrowEvents events,
            EscrowConfig config,
            Clock clock) {
        this.escrows = escrows;
        this.listings = listings;
        this.accounts = accounts;
        this.credits = credits;
        this.limits = limits;
        this.stock = stock;
        this.days = days;
        this.hours = hours;
        this.settlements = settlements;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** An escrow just opened and what the buyer should know before confirming it. */
    public record Opened(Escrow escrow, List<Warning> warnings) {}

    /** What a buyer asks for when opening an escrow. */
    public record Order(UUID listingId, int quantity, LocalDate startDate, Instant startAt) {}

    /**
     * @param order its {@code startDate} is the first day booked of an item lent by the day, its
     *     {@code startAt} the start of the time booked of an item lent by the hour; either may be
     *     null to book no dates or time
     */
    @Transactional
    public Opened open(Caller buyer, Order order) {
        UUID listingId = order.listingId();
        int quantity = order.quantity();
        ListingCopy listing = activeListing(listingId);
        if (!listing.hasPrice()) {
            throw new ListingUnavailableException(
                    "The listing's price is negotiable: agree a price with the seller first");
        }
        if (listing.sellerId().equals(buyer.id())) {
            throw new SelfPurchaseException(
                    "This is your own listing: you cannot buy from yourself");
        }
        BookedDays bookedDays = days.asked(listing, order.startDate(), quantity);
        BookedHours bookedHours = hours.asked(listing, order.startAt(), quantity);
        Amount total = listing.price().times(quantity);
        Map<String, CreditTier> tiers = credits.tiersOf(buyer.id(), listing.sellerId());
        CreditTier tier = tiers.get(buyer.id());
        if (buyer.verification() != Verification.NONE) {
            Amount perEscrowCap =
                    limits.capsFor(buyer.verification(), tier, total.currency()).perEscrow();
            if (total.exceeds(perEscrowCap)) {
                limits.require(buyer.verification(), tier, total, total);
            }
        }
        Amount exposureAfter =
                new Amount(
                                accounts.balance(AccountKey.held(buyer.id(), total.currency())),
                                total.currency())
                        .plus(total);
        List<Warning> warnings =
                new ArrayList<>(limits.warnings(buyer.verification(), tier, total, exposureAfter));
        if (tiers.get(listing.sellerId()) == CreditTier.NEW) {
            warnings.add(
                    new Warning(
                            "SELLER_IS_NEW",
                            "The seller has no trading record yet; your money stays held until you release it."));
        }
        Instant now = clock.instant();
        Escrow escrow =
                Escrow.open(
                        listing,
                        buyer.id(),
                        quantity,
                        bookedDays,
                        bookedHours,
                        config.feePercent(),
                        now);
        // Unlocked, so only early answers: confirm takes the units, days or hours, under the copy's
        // lock.
        stock.requireAvailable(listing, quantity, escrow.id());
        if (bookedDays != null) {
            days.requireFree(listing, bookedDays, escrow.id());
        }
        if (bookedHours != null) {
            hours.requireFree(listing, bookedHours, escrow.id());
        }
        escrows.persist(escrow);
        return new Opened(escrow, warnings);
    }

    /** The buyer's second confirmation: within limits, available money becomes held. */
    @Transactional
    public Escrow confirm(Caller buyer, UUID id) {
        Escrow escrow = lockForParty(id, buyer);
        requireBuyer(escrow, buyer, "confirm");
        Instant now = clock.instant();
        escrow.confirm(buyer.id(), now, config.revokeWindow(), config.acceptWithin());
        // Paused or withdrawn since opening: holding money for an offer that is gone helps no one.
        EscrowItem item = escrow.item();
        boolean takesUnits =
                item.reservesStock() || item.bookedDays() != null || item.bookedHours() != null;
        ListingCopy listing =
                takesUnits
                        ? lockedActiveListing(item.listingId())
                        : activeListing(item.listingId());
        requireSameTerms(escrow, listing);
        if (item.reservesStock()) {
            stock.requireAvailable(listing, item.quantity(), id);
        } else if (item.bookedDays() != null) {
            days.requireFree(listing, item.bookedDays(), id);
        } else if (item.bookedHours() != null) {
            hours.requireFree(listing, item.bookedHours(), id);
        }
        Amount total = escrow.amounts().total();
        if (buyer.verification() == Verification.NONE) {
            limits.require(buyer.verification(), CreditTier.NEW, total, total);
        }
        // The hold locks the buyer's accounts, so concurrent confirms of one buyer see each other.
        Amount exposureAfter = settlements.hold(escrow, now);
        limits.require(buyer.verification(), credits.tierOf(buyer.id()), total, exposureAfter);
        events.announce(escrow, now);
        return escrow;
    }

    @Transactional
    public Escrow view(Caller caller, UUID id) {
        Escrow escrow = escrows.withHistory(id).orElseThrow(() -> notFound(id));
        if (!caller.operator() && !escrow.isParty(caller.id())) {
            throw notFound(id);
        }
        return escrow;
    }

    @Transactional
    public List<Escrow> page(
            Caller caller,
            EscrowRepository.Role role,
            dev.nearhand.escrow.EscrowStatus status,
            Instant beforeCreated,
            UUID beforeId,
            int limit) {
        String userId = caller.operator() && role == EscrowRepository.Role.ANY ? null : caller.id();
        return escrows.page(userId, role, status, beforeCreated, beforeId, limit);
    }

    /**
     * Money is held only on the terms the seller still offers: a price or unit changed since the
     * escrow was opened would otherwise bind the seller to an offer they withdrew, with declining
     * (a mark on their credit) as their only way out.
     */
    private static void requireSameTerms(Escrow escrow, ListingCopy listing) {
        EscrowItem item = escrow.item();
        boolean same =
                listing.hasPrice()
                        && listing.price().equals(escrow.amounts().unitPrice())
                        && listing.unit().equals(item.unit());
        if (!same) {
            throw new TermsChangedException(
                    "The seller changed the listing's price since you opened this escrow at "
                            + escrow.amounts().unitPrice().value().toPlainString()
                            + " "
                            + escrow.amounts().unitPrice().currency()
                            + " per "
                            + item.unit().toLowerCase(Locale.ROOT)
                            + ": open a new escrow on its current terms");
        }
    }

    /** The listing copy, or the 422 for a listing that is unknown, paused or withdrawn. */
    private ListingCopy activeListing(UUID listingId) {
        return requireActive(listingId, listings.findByIdOptional(listingId));
    }

    private ListingCopy lockedActiveListing(UUID listingId) {
        return requireActive(listingId, listings.lock(listingId));
    }

    /**
     * One answer for a listing never heard of, paused or withdrawn: listing-service hides the
     * existence of the last two, so a buyer learns here only that it is not on sale.
     */
    private static ListingCopy requireActive(UUID listingId, Optional<ListingCopy> copy) {
        return copy.filter(ListingCopy::isActive)
                .orElseThrow(
                        () ->
                                new ListingUnavailableException(
                                        "Listing " + listingId + " is not on sale"));
    }

    /**
     * Locks the escrow for a party (or operator); anyone else learns nothing, not even that it
     * exists.
     */
    Escrow lockForParty(UUID id, Caller caller) {
        Escrow escrow = escrows.lock(id).orElseThrow(() -> notFound(id));
        if (!caller.operator() && !escrow.isParty(caller.id())) {
            throw notFound(id);
        }
        return escrow;
    }

    static void requireBuyer(Escrow escrow, Caller caller, String action) {
        if (!escrow.isBuyer(caller.id())) {
            throw new PartyNotAllowedException("Only the buyer may " + action + " this escrow");
        }
    }

    static void requireSeller(Escrow escrow, Caller caller, String action) {
        if (!escrow.isSeller(caller.id())) {
            throw new PartyNotAllowedException("Only the seller may " + action + " this escrow");
        }
    }

    private static EscrowNotFoundException notFound(UUID id) {
        return new EscrowNotFoundException("No escrow " + id + " of yours");
    }
}
