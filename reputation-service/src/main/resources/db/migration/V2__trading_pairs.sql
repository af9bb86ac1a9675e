-- Each two users who have finished a trade together, once (user_a < user_b byte-wise), written in
-- the transaction that counts their first finished trade. The closed-circle discount needs a
-- user's distinct counterparties and how many of them traded with each other; read from trade,
-- that was a scan of every trade of the user and of their counterparties at each recompute, which
-- grew with a busy seller's history (1.5 ms a call after a few hundred trades, BENCHMARKS.md).
CREATE TABLE trading_pair (
    user_a TEXT NOT NULL,
    user_b TEXT NOT NULL,
    PRIMARY KEY (user_a, user_b),
    CHECK (user_a COLLATE "C" < user_b COLLATE "C")
);
CREATE INDEX trading_pair_by_b ON trading_pair (user_b, user_a);

INSERT INTO trading_pair (user_a, user_b)
SELECT DISTINCT LEAST(buyer_id COLLATE "C", seller_id COLLATE "C"),
                GREATEST(buyer_id COLLATE "C", seller_id COLLATE "C")
FROM trade
WHERE pair_index IS NOT NULL AND buyer_id <> seller_id;
