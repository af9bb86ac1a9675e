-- escrow-service owns the wallets' double-entry ledger, the escrows, and local copies of the
-- listings (from listing-service) and credit tiers (from reputation-service) it decides with.

-- Local copy of listings: the only source of price, seller and currency. Highest revision wins.
CREATE TABLE listing_copy (
    listing_id   UUID PRIMARY KEY,
    seller_id    TEXT        NOT NULL,
    revision     BIGINT      NOT NULL,
    status       TEXT        NOT NULL,
    category     TEXT        NOT NULL,
    unit         TEXT,
    price_amount NUMERIC(19, 4),
    currency     TEXT,
    stock        INT,
    area_cell    TEXT,
    area_lat     DOUBLE PRECISION,
    area_lon     DOUBLE PRECISION,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- Local copy of credit tiers. Highest credit version wins; no row means a new user.
CREATE TABLE credit_copy (
    user_id        TEXT PRIMARY KEY,
    tier           TEXT        NOT NULL,
    credit_version BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- Accounts: one balance row per (kind, owner, currency), kept in the same transaction as the
-- entries that change it. A user's money can never go below zero: the database refuses it.
CREATE TABLE account (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind     TEXT           NOT NULL CHECK (kind IN ('AVAILABLE', 'HELD', 'FEES', 'CLEARING')),
    owner_id TEXT           NOT NULL,
    currency TEXT           NOT NULL,
    balance  NUMERIC(19, 4) NOT NULL DEFAULT 0,
    UNIQUE (kind, owner_id, currency),
    CONSTRAINT user_balance_not_negative CHECK (kind NOT IN ('AVAILABLE', 'HELD') OR balance >= 0)
);

-- A journal is one balanced movement (a top-up, a hold, a release, a refund, a split).
CREATE TABLE journal (
    id         UUID PRIMARY KEY,
    kind       TEXT        NOT NULL,
    escrow_id  UUID,
    reference  TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX journal_escrow ON journal (escrow_id) WHERE escrow_id IS NOT NULL;

CREATE TABLE ledger_entry (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journal_id    UUID           NOT NULL REFERENCES journal (id),
    account_id    BIGINT         NOT NULL REFERENCES account (id),
    currency      TEXT           NOT NULL,
    amount        NUMERIC(19, 4) NOT NULL CHECK (amount <> 0),
    balance_after NUMERIC(19, 4) NOT NULL,
    created_at    TIMESTAMPTZ    NOT NULL
);

CREATE INDEX ledger_entry_account ON ledger_entry (account_id, id DESC);

-- Append-only: entries and journals are never changed or removed; corrections are new entries.
CREATE FUNCTION refuse_ledger_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON journal
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();

-- Double entry, checked by the database at commit: every journal sums to zero per currency.
CREATE FUNCTION check_journal_balanced() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entry WHERE journal_id = NEW.journal_id
               GROUP BY currency HAVING sum(amount) <> 0) THEN
        RAISE EXCEPTION 'journal % is not balanced', NEW.journal_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_journal_balanced();

CREATE TABLE escrow (
    id           UUID PRIMARY KEY,
    listing_id   UUID           NOT NULL,
    buyer_id     TEXT           NOT NULL,
    seller_id    TEXT           NOT NULL,
    category     TEXT           NOT NULL,
    area_cell    TEXT,
    area_lat     DOUBLE PRECISION,
    area_lon     DOUBLE PRECISION,
    unit         TEXT,
    quantity     INT            NOT NULL CHECK (quantity > 0),
    currency     TEXT           NOT NULL,
    unit_price   NUMERIC(19, 4) NOT NULL,
    total        NUMERIC(19, 4) NOT NULL CHECK (total > 0),
    fee          NUMERIC(19, 4) NOT NULL CHECK (fee >= 0),
    seller_share NUMERIC(19, 4),
    refund       NUMERIC(19, 4),
    status       TEXT           NOT NULL,
    revision     BIGINT         NOT NULL,
    created_at   TIMESTAMPTZ    NOT NULL,
    confirmed_at TIMESTAMPTZ,
    revoke_until TIMESTAMPTZ,
    accept_by    TIMESTAMPTZ,
    release_at   TIMESTAMPTZ,
    closed_at    TIMESTAMPTZ,
    CHECK (buyer_id <> seller_id)
);

CREATE INDEX escrow_by_buyer ON escrow (buyer_id, created_at DESC, id DESC);
CREATE INDEX escrow_by_seller ON escrow (seller_id, created_at DESC, id DESC);
CREATE INDEX escrow_by_time ON escrow (created_at DESC, id DESC);
CREATE INDEX escrow_open_by_buyer ON escrow (buyer_id, currency)
    WHERE status IN ('HELD', 'ACCEPTED', 'DELIVERED', 'DISPUTED');
-- What the timers look for: held too long unaccepted, delivered too long unreleased.
CREATE INDEX escrow_accept_due ON escrow (accept_by) WHERE status = 'HELD';
CREATE INDEX escrow_release_due ON escrow (release_at) WHERE status = 'DELIVERED';

-- The history of each escrow: who moved it from what to what, and when.
CREATE TABLE escrow_transition (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    escrow_id   UUID        NOT NULL REFERENCES escrow (id),
    action      TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);

CREATE INDEX escrow_transition_by_escrow ON escrow_transition (escrow_id, id);

-- Idempotency keys: the first result of a keyed request, stored with its effect.
CREATE TABLE idempotency_record (
    user_id       TEXT        NOT NULL,
    idem_key      TEXT        NOT NULL,
    operation     TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,
    status        INT,
    response_body TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, idem_key, operation)
);
