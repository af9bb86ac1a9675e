package dev.nearhand.escrow.repository;

import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.escrow.CreditTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The local copy of users' credit tiers: highest credit version wins; no row means NEW. */
@ApplicationScoped
public class CreditRepository {

    private final EntityManager entityManager;

    CreditRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean keepNewest(CreditChanged credit) {
        return entityManager
                        .createNativeQuery(
                                "INSERT INTO credit_copy (user_id, tier, credit_version, updated_at)"
                                        + " VALUES (?1, ?2, ?3, now()) ON CONFLICT (user_id) DO"
                                        + " UPDATE SET tier = EXCLUDED.tier, credit_version ="
                                        + " EXCLUDED.credit_version, updated_at = now() WHERE"
                                        + " credit_copy.credit_version < EXCLUDED.credit_version")
                        .setParameter(1, credit.userId())
                        .setParameter(2, credit.tier())
                        .setParameter(3, credit.creditVersion())
                        .executeUpdate()
                == 1;
    }

    /** Two users' tiers in one round trip (a buyer's and a seller's, when an escrow opens). */
    public Map<String, CreditTier> tiersOf(String first, String second) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "SELECT user_id, tier FROM credit_copy WHERE user_id IN (?1, ?2)")
                        .setParameter(1, first)
                        .setParameter(2, second)
                        .getResultList();
        Map<String, CreditTier> tiers = new HashMap<>();
        tiers.put(first, CreditTier.NEW);
        tiers.put(second, CreditTier.NEW);
        rows.forEach(row -> tiers.put((String) row[0], CreditTier.fromWire((String) row[1])));
        return tiers;
    }

    public CreditTier tierOf(String userId) {
        @SuppressWarnings("unchecked")
        List<String> tiers =
                entityManager
                        .createNativeQuery("SELECT tier FROM credit_copy WHERE user_id = ?1")
                        .setParameter(1, userId)
                        .getResultList();
        return tiers.isEmpty() ? CreditTier.NEW : CreditTier.fromWire(tiers.get(0));
    }
}
