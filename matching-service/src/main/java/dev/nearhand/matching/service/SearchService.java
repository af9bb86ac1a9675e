package dev.nearhand.matching.service;

import dev.nearhand.matching.repository.SearchRepository;
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
     * The keyset position in a cursor; a cursor from another sort order, or one whose prices were
     * compared in another currency than the one now asked for, is refused.
     */
    public static SearchCriteria.Position position(
            String cursor, SearchCriteria.Sort sort, String currency) {
        return Cursors.read(
                cursor,
                CURSOR_PARTS,
                parts -> {
                    if (!parts.get(0).equals(sort.name())) {
                        throw new IllegalArgumentException("cursor of another sort");
                    }
                    UUID.fromString(parts.get(2));
                    BigDecimal key = new BigDecimal(parts.get(1));
                    if (key.abs().compareTo(LARGEST_KEY) > 0
                            || key.stripTrailingZeros().scale() > KEY_DECIMALS) {
                        // Not one we issued, and PostgreSQL could not hold it as a numeric.
                        throw new IllegalArgumentException("sort key out of range");
                    }
                    String keyCurrency = parts.get(3).isEmpty() ? null : parts.get(3);
                    if (currency != null && keyCurrency != null && !currency.equals(keyCurrency)) {
                        throw new IllegalArgumentException("cursor of another currency");
                    }
                    return new SearchCriteria.Position(key, parts.get(2), keyCurrency);
                });
    }
}
