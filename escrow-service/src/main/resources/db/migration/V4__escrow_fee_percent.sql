-- A resolved dispute charges the fee on the seller's share at the rate agreed when the escrow was
-- opened, not at today's configured rate. The stored fee is rounded to minor units, so it does not
-- give that rate back exactly: the rate is kept, unrounded, next to it.
ALTER TABLE escrow ADD COLUMN fee_percent NUMERIC;

-- Escrows opened before this column: the rate their fee actually represents of their total (every
-- total is positive). A full share is charged exactly the fee the buyer was shown.
UPDATE escrow SET fee_percent = fee * 100 / total;

ALTER TABLE escrow ALTER COLUMN fee_percent SET NOT NULL;
