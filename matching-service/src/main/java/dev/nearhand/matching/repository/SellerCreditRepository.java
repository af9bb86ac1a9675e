package dev.nearhand.matching.repository;

import dev.nearhand.matching.SellerCredit;
import dev.nearhand.matching.service.StandingSql;
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

    /** Copies a seller's transaction score onto their listings, where search ranks by it. */
    public void copyToListings(String userId, int transaction) {
        getEntityManager()
                .createNativeQuery(SearchRepository.ordinals(StandingSql.COPY_CREDIT))
                .setParameter(1, transaction)
                .setParameter(2, userId)
                .setParameter(3, transaction)
                .executeUpdate();
    }
}
