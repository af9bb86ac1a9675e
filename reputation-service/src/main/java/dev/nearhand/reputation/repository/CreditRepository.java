package dev.nearhand.reputation.repository;

import dev.nearhand.reputation.Credit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.Hibernate;

/** Users' current credit. */
@ApplicationScoped
public class CreditRepository implements PanacheRepositoryBase<Credit, String> {

    /**
     * The user's credit row locked for this transaction, created at the prior first. The insert
     * ignores conflicts so two first changes of one user cannot fail each other. A known user (the
     * usual case) costs one statement.
     *
     * <p>The row's state is as of the lock: a row this transaction read earlier (a reviewer's
     * credibility) is read again under it. Locking a loaded entity only locks; its stale sums would
     * drop a change committed in between. Changes of its own are flushed first, so never lost.
     */
    public Credit lockOrCreate(Credit prior) {
        Credit loaded = getEntityManager().getReference(Credit.class, prior.userId());
        if (Hibernate.isInitialized(loaded)) {
            // A refresh discards what this transaction changed and has not written yet (an earlier
            // recompute of the user): write it first. Only a locked row is ever changed.
            getEntityManager().flush();
            getEntityManager().refresh(loaded, LockModeType.PESSIMISTIC_WRITE);
            return loaded;
        }
        getEntityManager().detach(loaded); // a placeholder made just now, not the row
        Optional<Credit> known = findByIdOptional(prior.userId(), LockModeType.PESSIMISTIC_WRITE);
        if (known.isPresent()) {
            return known.get();
        }
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO credit (user_id, transaction, social, tier, completed_trades,"
                                + " effective_evidence, credit_version, updated_at)"
                                + " VALUES (?1, ?2, ?3, ?4, 0, 0, 0, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, prior.userId())
                .setParameter(2, prior.transaction())
                .setParameter(3, prior.social())
                .setParameter(4, prior.tier().name())
                .setFlushMode(FlushModeType.COMMIT) // a new row of its own: nothing to flush first
                .executeUpdate();
        return findByIdOptional(prior.userId(), LockModeType.PESSIMISTIC_WRITE).orElseThrow();
    }

    public Optional<Credit> of(String userId) {
        return findByIdOptional(userId);
    }
}
