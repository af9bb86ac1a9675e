package dev.nearhand.escrow.repository;

import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.escrow.ListingCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** The local copy of listings: one upsert that keeps the highest revision, whatever the order. */
@ApplicationScoped
public class ListingCopyRepository implements PanacheRepositoryBase<ListingCopy, UUID> {

    /**
     * @return true when the snapshot was newer than the copy (or the first one)
     */
    public boolean keepNewest(ListingSnapshot listing) {
        boolean priced = listing.price() != null && !listing.negotiable();
        return getEntityManager()
                        .createNativeQuery(
                                "INSERT INTO listing_copy (listing_id, seller_id, revision, status,"
                                        + " category, unit, price_amount, currency, stock, sold_units,"
                                        + " area_cell, area_lat, area_lon, updated_at) VALUES (?1, ?2,"
                                        + " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?13, ?10, ?11, ?12, now()) ON"
                                        + " CONFLICT"
                                        + " (listing_id) DO UPDATE SET seller_id = EXCLUDED.seller_id,"
                                        + " revision = EXCLUDED.revision, status = EXCLUDED.status,"
                                        + " category = EXCLUDED.category, unit = EXCLUDED.unit,"
                                        + " price_amount = EXCLUDED.price_amount, currency ="
                                        + " EXCLUDED.currency, stock = EXCLUDED.stock, sold_units ="
                                        + " EXCLUDED.sold_units, area_cell ="
                                        + " EXCLUDED.area_cell, area_lat = EXCLUDED.area_lat, area_lon"
                                        + " = EXCLUDED.area_lon, updated_at = now() WHERE"
                                        + " listing_copy.revision < EXCLUDED.revision")
                        .setParameter(1, listing.listingId())
                        .setParameter(2, listing.sellerId())
                        .setParameter(3, listing.revision())
                        .setParameter(4, listing.status())
                        .setParameter(5, listing.category())
                        .setParameter(6, listing.unit())
                        .setParameter(7, priced ? new BigDecimal(listing.price().amount()) : null)
                        .setParameter(8, priced ? listing.price().currency() : null)
                        .setParameter(9, listing.quantity())
                        .setParameter(10, listing.area() == null ? null : listing.area().cell())
                        .setParameter(11, listing.area() == null ? null : listing.area().lat())
                        .setParameter(12, listing.area() == null ? null : listing.area().lon())
                        .setParameter(13, listing.soldUnits())
                        .executeUpdate()
                == 1;
    }

    /**
     * The copy, locked until the transaction ends: confirms of one item queue here, so each counts
     * the units the ones before it hold. The listing consumer's upsert waits here too.
     */
    public Optional<ListingCopy> lock(UUID listingId) {
        return findByIdOptional(listingId, LockModeType.PESSIMISTIC_WRITE);
    }
}
