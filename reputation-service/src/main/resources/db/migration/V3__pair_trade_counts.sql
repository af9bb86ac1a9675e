-- How many finished trades each pair has had credit counted for. The k-th trade of a pair weighs
-- 1/k^exponent; k was a count over the pair's trades under an advisory lock, three statements and a
-- read that grew with every repeat trade (0.36 ms a call at ~150 trades per pair, BENCHMARKS.md).
-- Now one upsert on the pair's row both counts and serializes.
ALTER TABLE trading_pair ADD COLUMN finished INT NOT NULL DEFAULT 0 CHECK (finished >= 0);

UPDATE trading_pair p
SET finished = c.n
FROM (SELECT LEAST(buyer_id COLLATE "C", seller_id COLLATE "C") AS user_a,
             GREATEST(buyer_id COLLATE "C", seller_id COLLATE "C") AS user_b,
             count(*) AS n
      FROM trade
      WHERE pair_index IS NOT NULL AND buyer_id <> seller_id
      GROUP BY 1, 2) c
WHERE p.user_a = c.user_a AND p.user_b = c.user_b;
