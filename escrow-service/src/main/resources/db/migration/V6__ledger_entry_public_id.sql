-- The API promises opaque ids, never sequential ones, but entries were shown by their identity
-- column, and so was the cursor that pages them: a client could count everyone's entries. Each
-- entry gets a random public id; the identity column stays the internal order of the ledger and
-- never leaves the service.
--
-- A volatile default fills existing rows too, each with its own value, while the table is
-- rewritten. That is the backfill: an UPDATE would be refused by the append-only trigger, and a
-- rewrite fires no row triggers. New entries get theirs from the same default, so the statement
-- that writes a journal is unchanged.
ALTER TABLE ledger_entry ADD COLUMN public_id UUID NOT NULL DEFAULT gen_random_uuid();

-- Unique, and the index a cursor's public id is found by (then paging goes on by the identity
-- column, through ledger_entry_account).
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_public_id_key UNIQUE (public_id);
