-- Contrib extensions present in every PostgreSQL build (no PostGIS): earthdistance for great-circle
-- distance on a 3-D cube (right across the antimeridian and at the poles), pg_trgm for substrings.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Listings as listing-service last described them (highest revision wins). Positions are the
-- coarse H3 cell centre from the event; exact coordinates never reach this service.
CREATE TABLE listing (
    listing_id   UUID PRIMARY KEY,
    shop_id      UUID         NOT NULL,
    seller_id    VARCHAR(255) NOT NULL,
    revision     BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    title        VARCHAR(500) NOT NULL,
    category     VARCHAR(100) NOT NULL,
    price_amount NUMERIC(19, 2),
    currency     VARCHAR(3),
    unit         VARCHAR(16)  NOT NULL,
    negotiable   BOOLEAN      NOT NULL,
    cell         VARCHAR(20)  NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    -- Normalised in Java (TextNormalizer): NFKC, lower case, no accents, Simplified Chinese, stems.
    search_text  TEXT         NOT NULL,
    -- Chinese unigrams and bigrams, space-separated; as an array they get an exact-term GIN index
    -- (a two-character LIKE pattern has no trigram, so pg_trgm could not help there).
    cjk_grams    TEXT         NOT NULL,
    cjk_terms    TEXT[] GENERATED ALWAYS AS (string_to_array(cjk_grams, ' ')) STORED,
    -- The position as a point on the earth cube, computed once per write instead of once per row
    -- and query (search's box test, exact distance and shown distance all read it).
    pos          earth GENERATED ALWAYS AS (ll_to_earth(lat, lon)) STORED,
    updated_at   TIMESTAMPTZ  NOT NULL
);

-- Only active listings are ever searched: partial indexes stay small and exact.
-- Search: position and Latin text in one GiST index, so that the box and the trigram substring
-- narrow together (a query without Latin terms uses the position column alone).
CREATE INDEX listing_active_position_text ON listing USING gist (pos, search_text gist_trgm_ops) WHERE status = 'ACTIVE';
-- Guide price's asking-price samples (PriceSampleRepository) test the position expression.
CREATE INDEX listing_active_position ON listing USING gist (ll_to_earth(lat, lon)) WHERE status = 'ACTIVE';
CREATE INDEX listing_active_cjk ON listing USING gin (cjk_terms) WHERE status = 'ACTIVE';

-- Search's price reference: the median asking price of the active listings of one category, unit
-- and currency, recomputed by the listing consumer in the same transaction as the change. A price
-- scores median / (median + price): free 1, at the median 0.5, dearer towards 0.
CREATE TABLE price_reference (
    category VARCHAR(100)     NOT NULL,
    unit     VARCHAR(16)      NOT NULL,
    currency VARCHAR(3)       NOT NULL,
    median   DOUBLE PRECISION NOT NULL,
    listings BIGINT           NOT NULL,
    PRIMARY KEY (category, unit, currency)
);
CREATE INDEX listing_active_price_group ON listing (category, unit, currency, price_amount) WHERE status = 'ACTIVE';

-- Shops: where a provider works and how far they travel, for the needs near them.
CREATE TABLE shop (
    shop_id           UUID PRIMARY KEY,
    owner_id          VARCHAR(255) NOT NULL,
    revision          BIGINT       NOT NULL,
    cell              VARCHAR(20)  NOT NULL,
    lat               DOUBLE PRECISION NOT NULL,
    lon               DOUBLE PRECISION NOT NULL,
    service_radius_km DOUBLE PRECISION NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX shop_owner ON shop (owner_id);

-- Sellers' credit from reputation (highest credit_version wins).
CREATE TABLE seller_credit (
    user_id          VARCHAR(255) PRIMARY KEY,
    transaction      INT          NOT NULL,
    social           INT          NOT NULL,
    tier             VARCHAR(16)  NOT NULL,
    completed_trades INT          NOT NULL,
    credit_version   BIGINT       NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
-- The best transaction score bounds what credit can add to a relevance score (search's pruning).
CREATE INDEX seller_credit_transaction ON seller_credit (transaction);

-- Completed trades (released escrows): the real prices the guide price learns from.
CREATE TABLE completed_trade (
    escrow_id    UUID PRIMARY KEY,
    listing_id   UUID           NOT NULL,
    category     VARCHAR(100)   NOT NULL,
    unit         VARCHAR(16)    NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    unit_price   NUMERIC(19, 4) NOT NULL,
    quantity     INT            NOT NULL,
    cell         VARCHAR(20)    NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    completed_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX completed_trade_position ON completed_trade USING gist (ll_to_earth(lat, lon));
CREATE INDEX completed_trade_category_unit ON completed_trade (category, unit);

-- Needs posted by buyers, stored at their cell centre like everything else here.
CREATE TABLE need (
    need_id         UUID PRIMARY KEY,
    poster_id       VARCHAR(255)  NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    category        VARCHAR(100)  NOT NULL,
    cell            VARCHAR(20)   NOT NULL,
    lat             DOUBLE PRECISION NOT NULL,
    lon             DOUBLE PRECISION NOT NULL,
    budget_amount   NUMERIC(19, 2),
    budget_currency VARCHAR(3),
    when_text       VARCHAR(200),
    posted_at       TIMESTAMPTZ   NOT NULL,
    expires_at      TIMESTAMPTZ   NOT NULL,
    closed_at       TIMESTAMPTZ
);
CREATE INDEX need_open_position ON need USING gist (ll_to_earth(lat, lon)) WHERE closed_at IS NULL;
CREATE INDEX need_poster ON need (poster_id);
