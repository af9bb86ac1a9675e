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

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Page<SearchHit> search(SearchCriteria criteria) {
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
                        last.listingId().toString()));
    }

    /** The keyset position in a cursor; a cursor from another sort order is refused. */
    public static SearchCriteria.Position position(String cursor, SearchCriteria.Sort sort) {
        return Cursors.read(
                cursor,
                3,
                parts -> {
                    if (!parts.get(0).equals(sort.name())) {
                        throw new IllegalArgumentException("cursor of another sort");
                    }
                    UUID.fromString(parts.get(2));
                    return new SearchCriteria.Position(new BigDecimal(parts.get(1)), parts.get(2));
                });
    }
}
