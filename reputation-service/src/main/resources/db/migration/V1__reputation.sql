-- reputation's copy of escrows, kept from escrow events: newest revision wins.
CREATE TABLE trade (
    escrow_id       UUID PRIMARY KEY,
    buyer_id        TEXT           NOT NULL,
    seller_id       TEXT           NOT NULL,
    amount          NUMERIC(19, 4) NOT NULL,
    currency        TEXT           NOT NULL,
    category        TEXT           NOT NULL,
    status          TEXT           NOT NULL,
    revision        BIGINT         NOT NULL,
    seller_share    NUMERIC(19, 4),
    -- When it reached a terminal status; reviews are allowed until review_deadline.
    finished_at     TIMESTAMPTZ,
    review_deadline TIMESTAMPTZ,
    -- The k-th finished trade of these two users (repeats weigh 1/k^2); null until finished.
    pair_index      INT,
    effects_applied BOOLEAN        NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMPTZ    NOT NULL
);

CREATE INDEX trade_by_buyer ON trade (buyer_id, seller_id);
CREATE INDEX trade_by_seller ON trade (seller_id, buyer_id);

-- Every fact a score is computed from; private (never on the wire).
CREATE TABLE credit_evidence (
    id          UUID PRIMARY KEY,
    user_id     TEXT             NOT NULL,
    kind        TEXT             NOT NULL,
    value       DOUBLE PRECISION NOT NULL CHECK (value BETWEEN 0 AND 1),
    weight      DOUBLE PRECISION NOT NULL CHECK (weight >= 0),
    source_id   UUID             NOT NULL,
    occurred_at TIMESTAMPTZ      NOT NULL,
    -- One effect per source and kind: a replayed trade or review cannot count twice.
    UNIQUE (user_id, kind, source_id)
);

-- Each user's current credit, as last announced in CreditChanged.
CREATE TABLE credit (
    user_id            TEXT PRIMARY KEY,
    transaction        INT              NOT NULL CHECK (transaction BETWEEN 0 AND 1000),
    social             INT              NOT NULL CHECK (social BETWEEN 0 AND 1000),
    tier               TEXT             NOT NULL,
    completed_trades   INT              NOT NULL,
    effective_evidence DOUBLE PRECISION NOT NULL,
    credit_version     BIGINT           NOT NULL,
    updated_at         TIMESTAMPTZ      NOT NULL
);

-- Double-blind reviews: hidden until both parties wrote or publish_after passed.
CREATE TABLE review (
    id            UUID PRIMARY KEY,
    escrow_id     UUID        NOT NULL REFERENCES trade (escrow_id),
    reviewer_id   TEXT        NOT NULL,
    subject_id    TEXT        NOT NULL,
    subject_role  TEXT        NOT NULL,
    rating        INT         NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       TEXT        NOT NULL,
    weight        DOUBLE PRECISION NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    publish_after TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ,
    UNIQUE (escrow_id, reviewer_id)
);

CREATE INDEX review_due ON review (publish_after) WHERE published_at IS NULL;
CREATE INDEX review_published ON review (subject_id, published_at DESC, id DESC)
    WHERE published_at IS NOT NULL;

-- Reports about users; only upheld ones change a score.
CREATE TABLE report (
    id            UUID PRIMARY KEY,
    reporter_id   TEXT             NOT NULL,
    subject_id    TEXT             NOT NULL,
    reason        TEXT             NOT NULL,
    detail        TEXT             NOT NULL,
    listing_id    UUID,
    escrow_id     UUID,
    weight        DOUBLE PRECISION NOT NULL,
    status        TEXT             NOT NULL,
    created_at    TIMESTAMPTZ      NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    TEXT,
    decision_note TEXT
);

CREATE INDEX report_by_reporter ON report (reporter_id, created_at DESC, id DESC);
CREATE INDEX report_by_status ON report (status, created_at DESC, id DESC);
