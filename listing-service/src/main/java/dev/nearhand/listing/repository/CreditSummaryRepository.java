package dev.nearhand.listing.repository;

import dev.nearhand.listing.CreditSummary;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** The local copy of sellers' credit. */
@ApplicationScoped
public class CreditSummaryRepository implements PanacheRepositoryBase<CreditSummary, String> {

    public Optional<CreditSummary> findForUpdate(String userId) {
        return findByIdOptional(userId, LockModeType.PESSIMISTIC_WRITE);
    }
}
