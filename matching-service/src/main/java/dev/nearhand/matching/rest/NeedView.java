package dev.nearhand.matching.rest;

import dev.nearhand.contracts.Money;
import dev.nearhand.matching.Need;
import dev.nearhand.matching.service.MinorUnits;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A need on the wire, without any position: providers see that it is within their radius.
 *
 * @param guidePrice and {@code candidates} only in the answer to its poster's POST
 */
@com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record NeedView(
        UUID needId,
        String text,
        String category,
        Money budget,
        String when,
        Instant postedAt,
        Instant expiresAt,
        GuidePriceView guidePrice,
        List<SearchItem> candidates) {

    public static NeedView from(Need n) {
        return withMatches(n, null, null);
    }

    public static NeedView withMatches(
            Need n, GuidePriceView guidePrice, List<SearchItem> candidates) {
        return new NeedView(
                n.needId(),
                n.text(),
                n.category(),
                n.budgetAmount() == null
                        ? null
                        : new Money(
                                MinorUnits.shown(n.budgetAmount(), n.budgetCurrency())
                                        .toPlainString(),
                                n.budgetCurrency()),
                n.when(),
                n.postedAt(),
                n.expiresAt(),
                guidePrice,
                candidates);
    }
}
