-- Each user's evidence summed with decay (CreditSums), so a new fact updates credit without reading
-- the user's whole history: recomputing read every fact of the user at each change, 114 rows a call
-- in the system benchmark and growing with every trade. Rows from before have no basis and are
-- rebuilt from the evidence at their next change, as are rows summed under other scoring rules.
ALTER TABLE credit
    ADD COLUMN sums_basis     TEXT,
    ADD COLUMN sums_at        TIMESTAMPTZ,
    ADD COLUMN praise_weight  DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN praise_value   DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN other_weight   DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN other_value    DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN social_penalty DOUBLE PRECISION NOT NULL DEFAULT 0;
