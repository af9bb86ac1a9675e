-- Pieces of an ITEM sold by the piece (priced per ITEM) are reserved while money is held for them,
-- so two buyers cannot both pay for the last one. Items priced per DAY or HOUR are lent, not sold:
-- their escrow quantity is a duration and nothing is reserved.
--
-- listing-service owns the stock and lowers it on each sale; sold_units is how many sales its copy
-- already counts, so sales settled here but not yet applied there still count against the stock.
ALTER TABLE listing_copy ADD COLUMN sold_units INT NOT NULL DEFAULT 0 CHECK (sold_units >= 0);

-- Set at opening for an item sold by the piece. The partial index keeps every other escrow's
-- status changes off it: only purchases of pieces pay for the count.
ALTER TABLE escrow ADD COLUMN reserves_stock BOOLEAN NOT NULL DEFAULT false;

UPDATE escrow e SET reserves_stock = true
FROM listing_copy l
WHERE l.listing_id = e.listing_id AND l.stock IS NOT NULL AND l.unit = 'ITEM';

CREATE INDEX escrow_stock_by_listing ON escrow (listing_id) WHERE reserves_stock;
