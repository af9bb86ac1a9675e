-- A listing that has been an ITEM counts the sales of escrows opened back then even while it is of
-- another kind, as escrow-service does, so both agree on its stock once it is an ITEM again.
ALTER TABLE listing ADD COLUMN was_item BOOLEAN NOT NULL DEFAULT false;
UPDATE listing SET was_item = true WHERE kind = 'ITEM' OR sold_units > 0;
