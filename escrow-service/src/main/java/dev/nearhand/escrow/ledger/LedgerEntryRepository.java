package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a user's entries, newest first, by keyset on the entry id. */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepository<LedgerEntry> {

    public List<LedgerEntry> pageOfUser(String userId, long beforeId, int limit) {
        return getEntityManager()
                .createQuery(
                        "from LedgerEntry e join fetch e.journal join fetch e.account a "
                                + "where a.ownerId = ?1 and a.kind in ?2 and e.id < ?3 "
                                + "order by e.id desc",
                        LedgerEntry.class)
                .setParameter(1, userId)
                .setParameter(2, List.of(AccountKind.AVAILABLE, AccountKind.HELD))
                .setParameter(3, beforeId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The entry by which a top-up journal credited the user's available money; empty if none. */
    public Optional<LedgerEntry> topUpOfUser(String userId, UUID journalId) {
        return getEntityManager()
                .createQuery(
                        "from LedgerEntry e join fetch e.journal j join fetch e.account a "
                                + "where j.id = ?1 and j.kind = ?2 and a.ownerId = ?3 "
                                + "and a.kind = ?4",
                        LedgerEntry.class)
                .setParameter(1, journalId)
                .setParameter(2, JournalKind.TOP_UP)
                .setParameter(3, userId)
                .setParameter(4, AccountKind.AVAILABLE)
                .getResultStream()
                .findFirst();
    }
}
