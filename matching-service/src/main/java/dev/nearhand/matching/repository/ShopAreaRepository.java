package dev.nearhand.matching.repository;

import dev.nearhand.matching.ShopArea;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Shops' areas and service radii, by id and by owner. */
@ApplicationScoped
public class ShopAreaRepository implements PanacheRepositoryBase<ShopArea, UUID> {

    public Optional<ShopArea> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The owner's shop (one per user in listing-service), the newest if several were seen. */
    public Optional<ShopArea> findByOwner(String ownerId) {
        return find("ownerId = ?1 order by updatedAt desc", ownerId).firstResultOptional();
    }
}
