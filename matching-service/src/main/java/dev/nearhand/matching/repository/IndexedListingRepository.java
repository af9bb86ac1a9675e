package dev.nearhand.matching.repository;

import dev.nearhand.matching.IndexedListing;
import dev.nearhand.matching.service.SearchSql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Matching's copy of listings, by id. */
@ApplicationScoped
public class IndexedListingRepository implements PanacheRepositoryBase<IndexedListing, UUID> {

    public Optional<IndexedListing> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Recomputes one price reference from the active listings (pending changes flushed first). */
    public void refreshPriceReference(String category, String unit, String currency) {
        getEntityManager().flush();
        var query =
                getEntityManager()
                        .createNativeQuery(
                                SearchRepository.ordinals(SearchSql.REFRESH_PRICE_REFERENCE));
        Object[] group = {category, unit, currency};
        for (int i = 0; i < 9; i++) {
            query.setParameter(i + 1, group[i % 3]);
        }
        query.executeUpdate();
    }
}
