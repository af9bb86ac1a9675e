package dev.nearhand.matching.repository;

import dev.nearhand.matching.SellerCredit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Sellers' credit, by user id. */
@ApplicationScoped
public class SellerCreditRepository implements PanacheRepositoryBase<SellerCredit, String> {

    public Optional<SellerCredit> findForUpdate(String userId) {
        return findByIdOptional(userId, LockModeType.PESSIMISTIC_WRITE);
    }
}
