package dev.nearhand.listing.repository;

import dev.nearhand.listing.Shop;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Shops by id and by owner. */
@ApplicationScoped
public class ShopRepository implements PanacheRepositoryBase<Shop, UUID> {

    public Optional<Shop> findByOwner(String ownerId) {
        return find("ownerId", ownerId).firstResultOptional();
    }

    /**
     * Serializes one owner's PUTs even before their shop exists, when there is no row to lock: two
     * first PUTs would otherwise both insert, and one would fail on the unique owner. A hash
     * collision only makes two owners wait for each other.
     */
    public void lockOwner(String ownerId) {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "shop\u001f" + ownerId)
                .getSingleResult();
    }

    /** Locks the owner's shop row: serializes one owner's changes (listing caps, moves). */
    public Optional<Shop> findByOwnerForUpdate(String ownerId) {
        return find("ownerId", ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
