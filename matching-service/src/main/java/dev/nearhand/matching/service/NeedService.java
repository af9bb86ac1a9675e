package dev.nearhand.matching.service;

import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.matching.NeedPosted;
import dev.nearhand.matching.Need;
import dev.nearhand.matching.NeedNotFoundException;
import dev.nearhand.matching.ShopArea;
import dev.nearhand.matching.ShopRequiredException;
import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.repository.NeedRepository;
import dev.nearhand.matching.repository.ShopAreaRepository;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.platform.outbox.Outbox;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Posting, finding and closing needs; a posted need is announced through the outbox. */
@ApplicationScoped
public class NeedService {

    private final NeedRepository needs;
    private final ShopAreaRepository shops;
    private final AreaCells cells;
    private final Outbox outbox;
    private final Clock clock;
    private final MatchingConfig.Needs config;

    NeedService(
            NeedRepository needs,
            ShopAreaRepository shops,
            AreaCells cells,
            Outbox outbox,
            Clock clock,
            MatchingConfig config) {
        this.needs = needs;
        this.shops = shops;
        this.cells = cells;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config.needs();
    }

    /** What a buyer asks for; the position is snapped to its cell before anything is stored. */
    public record Draft(
            String text, String category, double lat, double lon, Money budget, String when) {}

    /**
     * Stores the need and appends its NeedPosted event. Every rule is checked before anything is
     * written.
     *
     * @throws InvalidFieldException for a budget that is not money (a code no one pays with, an
     *     amount of nothing, more decimals than its currency has) or a {@code when} that looks like
     *     an ISO date or time but is none
     */
    @Transactional
    public Need post(String posterId, Draft draft) {
        if (!WhenText.isAcceptable(draft.when())) {
            throw new InvalidFieldException("when", WhenText.RULE);
        }
        Money budget = budget(draft.budget());
        Area area = cells.snap(draft.lat(), draft.lon());
        Instant now = clock.instant();
        Need need =
                new Need(
                        UUID.randomUUID(),
                        posterId,
                        draft.text(),
                        draft.category(),
                        area.cell(),
                        area.lat(),
                        area.lon(),
                        budget == null ? null : new BigDecimal(budget.amount()),
                        budget == null ? null : budget.currency(),
                        draft.when(),
                        now,
                        now.plus(config.ttl()));
        needs.persist(need);
        outbox.append(
                Topics.MATCHING_NEEDS,
                new NeedPosted(
                        UUID.randomUUID(),
                        now,
                        1,
                        need.needId(),
                        need.text(),
                        need.category(),
                        area,
                        budget,
                        need.when(),
                        now,
                        need.expiresAt()));
        return need;
    }

    /**
     * The budget in its currency's minor digits, as a listing's price is (12.345 KWD, 1000 JPY,
     * 200.00 TWD); more decimals than the currency has are refused, not rounded. A code that is not
     * money people pay with (XYZ, XXX, XAU, BOV) and a budget of nothing are refused too: neither
     * tells a provider what the buyer would pay.
     */
    private static Money budget(Money given) {
        if (given == null) {
            return null;
        }
        if (!Currencies.isMoney(given.currency())) {
            throw new InvalidFieldException("budget.currency", Currencies.NOT_MONEY);
        }
        BigDecimal offered = new BigDecimal(given.amount());
        if (offered.signum() <= 0) {
            throw new InvalidFieldException("budget.amount", "must be greater than 0");
        }
        BigDecimal amount =
                MinorUnits.exact(offered, given.currency())
                        .orElseThrow(
                                () ->
                                        new InvalidFieldException(
                                                "budget.amount",
                                                MinorUnits.allowed(given.currency())));
        return new Money(amount.toPlainString(), given.currency());
    }

    /** Open needs within the caller's shop's service radius, newest first. */
    @Transactional
    public Page<Need> nearMyShop(String ownerId, String cursor, int limit) {
        ShopArea shop = shops.findByOwner(ownerId).orElseThrow(ShopRequiredException::new);
        NeedRepository.Position after = Cursors.read(cursor, 2, NeedService::position);
        List<Need> found =
                needs.openNear(
                        shop.lat(),
                        shop.lon(),
                        shop.serviceRadiusKm(),
                        clock.instant(),
                        after,
                        limit + 1);
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<Need> page = found.subList(0, limit);
        Need last = page.get(limit - 1);
        return new Page<>(
                page, Cursors.encode(last.postedAt().toString(), last.needId().toString()));
    }

    private static NeedRepository.Position position(List<String> parts) {
        return new NeedRepository.Position(
                Cursors.instant(parts.get(0)), UUID.fromString(parts.get(1)));
    }

    /** The caller's own open need; anyone else's (or an unknown or closed one) is a 404. */
    @Transactional
    public Need find(String userId, UUID needId) {
        return openNeedOf(userId, needId);
    }

    /** Closes the caller's own need; anyone else's (or an unknown one) is a 404. */
    @Transactional
    public void close(String userId, UUID needId) {
        openNeedOf(userId, needId).close(clock.instant());
    }

    /**
     * Another user's need looks exactly like none: its id tells the caller nothing. A closed or
     * expired need is gone for its poster too, as it is for providers.
     */
    private Need openNeedOf(String userId, UUID needId) {
        return needs.findByIdOptional(needId)
                .filter(n -> n.isPostedBy(userId))
                .filter(n -> n.isOpenAt(clock.instant()))
                .orElseThrow(() -> new NeedNotFoundException(needId));
    }
}
