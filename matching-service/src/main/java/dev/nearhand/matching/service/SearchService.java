package dev.nearhand.matching.service;

import dev.nearhand.matching.repository.SearchRepository;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Nearby listings, filtered, ranked and paged by keyset. */
@ApplicationScoped
public class SearchService {

    /** No sort key is larger than the key of a listing without a price. */
    private static final BigDecimal LARGEST_KEY = new BigDecimal(SearchPriceSql.NO_PRICE_KEY);

    /** Sort keys are prices (4 decimals), scores (4), distances (1) or credit ranks (0). */
    private static final int KEY_DECIMALS = 4;

    /** A cursor's parts: sort, key, listing id, currency prices are compared in ("" for none). */
    private static final int CURSOR_PARTS = 4;

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Page<SearchHit> search(SearchCriteria requested) {
        SearchCriteria criteria = requested.inCurrency(priceCurrency(requested));
        if (criteria.maxPrice() != null && criteria.currency() == null) {
            // No priced listing in the area, so none is at most maxPrice in its currency.
            return new Page<>(List.of(), null);
        }
        List<SearchHit> hits = repository.search(criteria);
        if (hits.size() <= criteria.limit()) {
            return new Page<>(hits, null);
        }
        List<SearchHit> page = hits.subList(0, criteria.limit());
        SearchHit last = page.get(page.size() - 1);
        return new Page<>(
                page,
                Cursors.encode(
                        criteria.sort().name(),
                        last.sortKey().toPlainString(),
                        last.listingId().toString(),
                        criteria.currency() == null ? "" : criteria.currency()));
    }

    /**
     * The currency prices are compared in: the client's; else, when prices are compared, the
     * cursor's, so that every page filters and orders as the first did and price keys stay
     * comparable (and the area is counted once per search, not per page); else the area's.
     */
    private String priceCurrency(SearchCriteria c) {
        if (c.currency() != null || !c.comparesPrices()) {
            return c.currency();
        }
        if (c.after() != null && c.after().currency() != null) {
            return c.after().currency();
        }
        return repository.areaCurrency(c);
    }

    /**
     * The keyset position in a cursor of {@code criteria}'s search (whose own position is ignored);
     * a cursor from another sort order, or with a currency {@link #search} would not have written
     * for this search, is refused.
     */
    public static SearchCriteria.Position position(String cursor, SearchCriteria criteria) {
        return Cursors.read(
                cursor,
                CURSOR_PARTS,
                parts -> {
                    if (!parts.get(0).equals(criteria.sort().name())) {
                        throw new IllegalArgumentException("cursor of another sort");
                    }
                    UUID.fromString(parts.get(2));
                    BigDecimal key = new BigDecimal(parts.get(1));
                    if (key.abs().compareTo(LARGEST_KEY) > 0
                            || key.stripTrailingZeros().scale() > KEY_DECIMALS) {
                        // Not one we issued, and PostgreSQL could not hold it as a numeric.
                        throw new IllegalArgumentException("sort key out of range");
                    }
                    return new SearchCriteria.Position(
                            key, parts.get(2), cursorCurrency(parts.get(3), criteria));
                });
    }

    /**
     * A cursor's currency as {@link #search} writes it for {@code c}: the client's when given (a
     * cursor of another currency, or of none, belongs to another search); none when prices are not
     * compared; else the area's, which is none only where no listing has a price, and then only for
     * the price sort (maxPrice finds nothing there, so no page follows). Anything else, a code no
     * one pays with among it, was made up.
     */
    private static String cursorCurrency(String part, SearchCriteria c) {
        String code = part.isEmpty() ? null : part;
        if (code != null && !Currencies.isMoney(code)) {
            throw new IllegalArgumentException("not a currency");
        }
        boolean issued;
        if (c.currency() != null) {
            issued = c.currency().equals(code);
        } else if (!c.comparesPrices()) {
            issued = code == null;
        } else {
            issued = code != null || c.maxPrice() == null;
        }
        if (!issued) {
            throw new IllegalArgumentException("cursor of another currency");
        }
        return code;
    }
}
