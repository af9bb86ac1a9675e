-- The transactional outbox: written in the same transaction as the state change it announces,
-- relayed to Kafka afterwards in seq order.
CREATE TABLE outbox_event (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL,
    aggregate_key TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    -- Kept as the exact JSON text that goes on the wire (jsonb would reorder keys).
    payload       TEXT        NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ,
    attempts      INT         NOT NULL DEFAULT 0,
    last_error    TEXT
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- The inbox: ids of events a consumer has applied, recorded in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
