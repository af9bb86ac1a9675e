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

    /** Locks the owner's shop row: serializes one owner's changes (listing caps, moves). */
    public Optional<Shop> findByOwnerForUpdate(String ownerId) {
        return find("ownerId", ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
