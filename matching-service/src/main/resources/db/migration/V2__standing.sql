-- A listing's standing: the parts of its relevance that do not depend on the query. Kept on the
-- row (credit copied from seller_credit by the credit consumer, price scored against the market's
-- scored median by the listing consumer) so that a search reads them without joins and every page
-- of a query sees the same values.
ALTER TABLE listing ADD COLUMN credit_rank INT NOT NULL DEFAULT 500;
ALTER TABLE listing ADD COLUMN price_score DOUBLE PRECISION NOT NULL DEFAULT 0.5;

-- Relevance pruning (NearestFirstSearch): the position with a fourth coordinate, the standing
-- deficit u = 0.6 (1 - credit/1000) + 0.4 (1 - price_score), between 0 and 1, times 7,217 m. The
-- index is walked by taxicab distance (<#>) to (centre, 0), so listings come in order of distance
-- AND standing together, and a search stops as soon as no listing not yet read could still make
-- the page. 7,217 m = sqrt(3) x 0.25 x 5 km / 0.3: at the default radius and weights a metre of
-- the fourth coordinate costs as much score as sqrt(3) metres of the three spatial ones, the most
-- a taxicab metre on the earth cube can be worth in great-circle metres.
ALTER TABLE listing ADD COLUMN rank_pos cube GENERATED ALWAYS AS (
    cube(ll_to_earth(lat, lon)::cube, 7217.0 * (0.6 * (1 - credit_rank / 1000.0) + 0.4 * (1 - price_score)))) STORED;

-- Chinese n-grams between spaces, so that LIKE '% 捷运 %' finds whole grams through a trigram index
-- (a two-character pattern without the spaces has no trigram to look up).
ALTER TABLE listing ADD COLUMN cjk_words TEXT GENERATED ALWAYS AS (' ' || cjk_grams || ' ') STORED;

CREATE INDEX listing_active_rank ON listing
    USING gist (rank_pos, search_text gist_trgm_ops, cjk_words gist_trgm_ops) WHERE status = 'ACTIVE';

-- The other sorts narrow by position and text the same way; the array's GIN index is not needed.
DROP INDEX listing_active_position_text;
DROP INDEX listing_active_cjk;
CREATE INDEX listing_active_position_text ON listing
    USING gist (pos, search_text gist_trgm_ops, cjk_words gist_trgm_ops) WHERE status = 'ACTIVE';

-- The credit consumer copies a seller's score onto their listings.
CREATE INDEX listing_seller ON listing (seller_id);

-- A market's price scores are all computed with one median, scored_median. The counts of its
-- active priced listings below and above a band around that median (matching.search.rescore-drift)
-- are kept event by event; only when more than half fall outside on one side (the median has left
-- the band) is the median recomputed and the market rescored. A listing event costs a few row
-- updates, not a median over the whole market.
ALTER TABLE price_reference ADD COLUMN scored_median DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE price_reference ADD COLUMN band_low DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE price_reference ADD COLUMN band_high DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE price_reference ADD COLUMN below BIGINT NOT NULL DEFAULT 0;
ALTER TABLE price_reference ADD COLUMN above BIGINT NOT NULL DEFAULT 0;
-- Derived data: each market's row is rebuilt (and its listings rescored) at its next listing event.
DELETE FROM price_reference;
