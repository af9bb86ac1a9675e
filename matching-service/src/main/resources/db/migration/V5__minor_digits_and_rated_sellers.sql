-- Prices keep their currency's own minor digits: listing-service takes up to 4 (KWD has 3), and
-- NUMERIC(19, 2) rounded 12.345 KWD to 12.35. completed_trade.unit_price is NUMERIC(19, 4) already.
-- Amounts rounded before keep their two digits until their listing's next event (or a replay).
ALTER TABLE listing ALTER COLUMN price_amount TYPE NUMERIC(19, 4);

-- Whether reputation has scored the listing's seller. credit_rank holds a neutral 500 for a seller
-- without a score (relevance needs a number), so minCredit also tests this flag on the row: an
-- unrated seller passes no minCredit, and search still needs no join to seller_credit.
ALTER TABLE listing ADD COLUMN credit_rated BOOLEAN NOT NULL DEFAULT false;
UPDATE listing l SET credit_rated = true
    WHERE EXISTS (SELECT 1 FROM seller_credit c WHERE c.user_id = l.seller_id);
