package dev.nearhand.matching.repository;

import dev.nearhand.matching.IndexedListing;
import dev.nearhand.matching.service.StandingSql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
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
     * Counts listings into (delta 1) or out of (-1) one market, all in one statement.
     *
     * @return whether the market must be recomputed: its median may have left the band, or it has
     *     no reference yet
     */
    public boolean countInMarket(
            String category,
            String unit,
            String currency,
            List<BigDecimal> prices,
            List<Integer> deltas) {
        List<?> drifted =
                getEntityManager()
                        .createNativeQuery(StandingSql.COUNT_LISTINGS)
                        .setParameter("prices", arrayText(prices))
                        .setParameter("deltas", arrayText(deltas))
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

    /** Sets listings' standing from their sellers' credit and their markets' scored medians. */
    public void scoreStanding(Collection<UUID> listingIds, int neutralCredit) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery(SearchRepository.ordinals(StandingSql.SCORE_LISTINGS))
                .setParameter(1, neutralCredit)
                .setParameter(2, arrayText(listingIds))
                .executeUpdate();
    }

    /** A PostgreSQL array literal of plain values (numbers, UUIDs): {@code {a,b}}. */
    private static String arrayText(Collection<?> values) {
        StringBuilder text = new StringBuilder("{");
        for (Object value : values) {
            text.append(text.length() > 1 ? "," : "")
                    .append(value instanceof BigDecimal d ? d.toPlainString() : value);
        }
        return text.append('}').toString();
    }
}
