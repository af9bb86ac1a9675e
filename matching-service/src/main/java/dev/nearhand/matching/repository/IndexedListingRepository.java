package dev.nearhand.matching.repository;

import dev.nearhand.matching.IndexedListing;
import dev.nearhand.matching.service.StandingSql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Matching's copy of listings, by id. */
@ApplicationScoped
public class IndexedListingRepository implements PanacheRepositoryBase<IndexedListing, UUID> {

    public Optional<IndexedListing> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Counts a listing into ({@code delta} 1) or out of (-1) its market.
     *
     * @return whether the market must be recomputed: its median may have left the band, or it has
     *     no reference yet
     */
    public boolean countInMarket(
            String category, String unit, String currency, BigDecimal price, int delta) {
        List<?> drifted =
                getEntityManager()
                        .createNativeQuery(StandingSql.COUNT_LISTING)
                        .setParameter("delta", delta)
                        .setParameter("price", price)
                        .setParameter("category", category)
                        .setParameter("unit", unit)
                        .setParameter("currency", currency)
                        .getResultList();
        return drifted.isEmpty() || Boolean.TRUE.equals(drifted.get(0));
    }

    /**
     * Recomputes a market's median and counts and rescores its listings (changes flushed first).
     */
    public void recomputeMarket(String category, String unit, String currency, double drift) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery(StandingSql.RECOMPUTE_MARKET)
                .setParameter("category", category)
                .setParameter("unit", unit)
                .setParameter("currency", currency)
                .setParameter("drift", drift)
                .executeUpdate();
    }

    /** Sets a listing's standing from its seller's credit and its market's scored median. */
    public void scoreStanding(UUID listingId, int neutralCredit) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery(SearchRepository.ordinals(StandingSql.SCORE_LISTING))
                .setParameter(1, neutralCredit)
                .setParameter(2, listingId.toString())
                .executeUpdate();
    }
}
