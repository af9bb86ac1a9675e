package dev.nearhand.matching.repository;

import dev.nearhand.matching.SellerCredit;
import dev.nearhand.matching.service.StandingSql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Sellers' credit, by user id. */
@ApplicationScoped
public class SellerCreditRepository implements PanacheRepositoryBase<SellerCredit, String> {

    public Optional<SellerCredit> findForUpdate(String userId) {
        return findByIdOptional(userId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Holds the sellers' standing locks until the transaction ends; the listing and the credit
     * consumer both take them before writing. Without them a new listing is scored from the credit
     * its transaction can see while the credit consumer copies a new score onto the listings its
     * transaction can see: neither sees the other's uncommitted row, and the listing keeps a stale
     * credit until its next event. Keys ({@link String#hashCode}, the same in every replica) are
     * taken in ascending order, so two polls sharing sellers wait for each other, never deadlock.
     */
    public void lockSellers(Collection<String> sellerIds) {
        String keys =
                sellerIds.stream()
                        .mapToInt(String::hashCode)
                        .distinct()
                        .sorted()
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining(",", "{", "}"));
        getEntityManager()
                .createNativeQuery(SearchRepository.ordinals(StandingSql.LOCK_SELLERS))
                .setParameter(1, keys)
                .getSingleResult();
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
