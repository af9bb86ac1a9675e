package dev.nearhand.listing.repository;

import dev.nearhand.listing.Listing;
import dev.nearhand.listing.ListingStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Listings by id, by shop and by owner. */
@ApplicationScoped
public class ListingRepository implements PanacheRepositoryBase<Listing, UUID> {

    public Optional<Listing> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Listings that count against the owner's cap: all but withdrawn ones. A sold-out listing
     * counts because a PATCH restocks it without asking the cap again.
     */
    public long countOpenByOwner(String ownerId) {
        return count("ownerId = ?1 and status <> ?2", ownerId, ListingStatus.WITHDRAWN);
    }

    /** One page of a shop's listings in a status, newest first, after the given position. */
    public List<Listing> pageByShop(
            UUID shopId, ListingStatus status, PagePosition after, int limit) {
        if (after == null) {
            return find(
                            "shopId = ?1 and status = ?2 order by publishedAt desc, id desc",
                            shopId,
                            status)
                    .page(0, limit)
                    .list();
        }
        return find(
                        "shopId = :shop and status = :status and (publishedAt < :at or (publishedAt = :at and id < :id))"
                                + " order by publishedAt desc, id desc",
                        Parameters.with("shop", shopId)
                                .and("status", status)
                                .and("at", after.publishedAt())
                                .and("id", after.id()))
                .page(0, limit)
                .list();
    }

    /**
     * Listings that are offered where their shop is and still visible somewhere: they move with it.
     */
    public List<Listing> placedAtShop(UUID shopId) {
        return find(
                        "shopId = ?1 and ownLocation is null and status <> ?2",
                        shopId,
                        ListingStatus.WITHDRAWN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** A keyset position: the last listing of the previous page. */
    public record PagePosition(Instant publishedAt, UUID id) {}
}
