package dev.nearhand.matching.repository;

import dev.nearhand.matching.IndexedListing;
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
}
