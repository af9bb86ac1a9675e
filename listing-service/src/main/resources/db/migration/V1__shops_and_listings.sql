-- Shops: one per user. Exact coordinates live only here; the public area is an H3 cell.
CREATE TABLE shop (
    id                UUID PRIMARY KEY,
    owner_id          TEXT             NOT NULL UNIQUE,
    display_name      TEXT             NOT NULL,
    bio               TEXT             NOT NULL,
    languages         TEXT[]           NOT NULL,
    lat               DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon               DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
    area_cell         TEXT             NOT NULL,
    service_radius_km DOUBLE PRECISION NOT NULL CHECK (service_radius_km > 0),
    revision          BIGINT           NOT NULL,
    opened_at         TIMESTAMPTZ      NOT NULL,
    updated_at        TIMESTAMPTZ      NOT NULL
);

-- Listings: withdrawn ones stay (escrows refer to them) but leave every public view.
CREATE TABLE listing (
    id             UUID PRIMARY KEY,
    shop_id        UUID             NOT NULL REFERENCES shop (id),
    owner_id       TEXT             NOT NULL,
    kind           TEXT             NOT NULL,
    status         TEXT             NOT NULL,
    title          TEXT             NOT NULL,
    description    TEXT             NOT NULL,
    category       TEXT             NOT NULL,
    tags           TEXT[]           NOT NULL,
    price_amount   NUMERIC(14, 4),
    price_currency TEXT CHECK (char_length(price_currency) = 3),
    unit           TEXT             NOT NULL,
    negotiable     BOOLEAN          NOT NULL,
    quantity       INT,
    availability   JSONB,
    -- The listing's own position; null means "where my shop is".
    lat            DOUBLE PRECISION CHECK (lat BETWEEN -90 AND 90),
    lon            DOUBLE PRECISION CHECK (lon BETWEEN -180 AND 180),
    area_cell      TEXT             NOT NULL,
    revision       BIGINT           NOT NULL,
    published_at   TIMESTAMPTZ      NOT NULL,
    updated_at     TIMESTAMPTZ      NOT NULL,
    CHECK ((price_amount IS NULL) = negotiable),
    CHECK ((price_amount IS NULL) = (price_currency IS NULL))
);

CREATE INDEX listing_by_shop ON listing (shop_id, status, published_at DESC, id DESC);
CREATE INDEX listing_by_owner ON listing (owner_id, status);

-- A local copy of reputation's credit events, shown on shop pages.
CREATE TABLE credit_summary (
    user_id          TEXT PRIMARY KEY,
    transaction      INT         NOT NULL,
    social           INT         NOT NULL,
    tier             TEXT        NOT NULL,
    completed_trades INT         NOT NULL,
    credit_version   BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
