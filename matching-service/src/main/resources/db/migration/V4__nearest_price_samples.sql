-- Guide price samples are the nearest priced listings and completed trades of one category and
-- unit (PriceSampleRepository). Walked nearest-first in an index that holds category and unit
-- before the position, a guide price reads the samples it uses, not every priced offer of every
-- category within 50 km. These replace the position-only indexes, so a listing write maintains
-- one GiST index fewer than before.
DROP INDEX listing_active_position;
CREATE INDEX listing_active_price_near ON listing
    USING gist (category, unit, pos) WHERE status = 'ACTIVE' AND price_amount IS NOT NULL;

DROP INDEX completed_trade_position;
DROP INDEX completed_trade_category_unit;
CREATE INDEX completed_trade_near ON completed_trade USING gist (category, unit, ll_to_earth(lat, lon));
