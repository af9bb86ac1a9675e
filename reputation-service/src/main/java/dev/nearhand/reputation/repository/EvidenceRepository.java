package dev.nearhand.reputation.repository;

import dev.nearhand.reputation.Evidence;
import dev.nearhand.reputation.Fact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The private facts behind every score. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    /** A user's facts as plain values: recomputing reads many and changes none. */
    public List<Fact> factsOf(String userId) {
        return getEntityManager()
                .createQuery(
                        "select new dev.nearhand.reputation.Fact(e.kind, e.value, e.weight, e.occurredAt)"
                                + " from Evidence e where e.userId = ?1",
                        Fact.class)
                .setParameter(1, userId)
                .getResultList();
    }
}
