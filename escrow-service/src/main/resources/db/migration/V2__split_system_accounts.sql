-- The platform's fees and a provider's clearing take part in every release or top-up: as one row
-- each, every such movement queued on that row's lock until the one before committed. They are
-- split into buckets (see AccountKey); such an account's balance is the sum of its buckets. A
-- user's account stays one row, bucket 0, so its balance and non-negative check stay per row.
ALTER TABLE account ADD COLUMN bucket INT NOT NULL DEFAULT 0 CHECK (bucket >= 0);
ALTER TABLE account DROP CONSTRAINT account_kind_owner_id_currency_key;
ALTER TABLE account ADD CONSTRAINT account_kind_owner_id_currency_bucket_key
    UNIQUE (kind, owner_id, currency, bucket);
ALTER TABLE account ADD CONSTRAINT user_account_one_bucket
    CHECK (kind IN ('FEES', 'CLEARING') OR bucket = 0);

-- The deferred balance check (check_journal_balanced) reads a journal's entries at each commit:
-- without this index that was a scan of the whole, ever-growing ledger per entry written.
CREATE INDEX ledger_entry_journal ON ledger_entry (journal_id);
