package dev.nearhand.escrow.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a user's entries, newest first, by keyset on the internal entry id (the ledger's order of
 * writing). Clients name an entry by its public id; {@link #positionOfUsers} turns that back into
 * the internal id a page continues below.
 */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepository<LedgerEntry> {

    private static final List<AccountKind> USER_KINDS =
            List.of(AccountKind.AVAILABLE, AccountKind.HELD);

    /**
     * The user's entries written before {@code beforeId}, newest first. Each of the user's accounts
     * gives only its newest {@code limit} (an index range on ledger_entry_account) and just those
     * are merged: ordering all the user's entries to keep the top of them read the whole history
     * below the cursor for every page, and made the export quadratic.
     */
    public List<LedgerEntry> pageOfUser(String userId, long beforeId, int limit) {
        return getEntityManager()
                .createQuery(
                        "select e from Account a join lateral (select x.id as id from LedgerEntry x"
                                + " where x.account = a and x.id < ?3 order by x.id desc"
                                + " limit ?4) newest join LedgerEntry e on e.id = newest.id"
                                + " join fetch e.journal join fetch e.account"
                                + " where a.ownerId = ?1 and a.kind in ?2 order by e.id desc",
                        LedgerEntry.class)
                .setParameter(1, userId)
                .setParameter(2, USER_KINDS)
                .setParameter(3, beforeId)
                .setParameter(4, limit)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The internal id of one of the user's own entries, by its public id (a unique index); empty
     * when there is no such entry or it is someone else's.
     */
    public Optional<Long> positionOfUsers(String userId, UUID publicId) {
        return getEntityManager()
                .createQuery(
                        "select e.id from LedgerEntry e join e.account a "
                                + "where e.publicId = ?1 and a.ownerId = ?2 and a.kind in ?3",
                        Long.class)
                .setParameter(1, publicId)
                .setParameter(2, userId)
                .setParameter(3, USER_KINDS)
                .getResultStream()
                .findFirst();
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
