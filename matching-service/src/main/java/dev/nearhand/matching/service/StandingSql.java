package dev.nearhand.matching.service;

/**
 * Keeps each listing's standing (V2__standing.sql): its seller's credit and its price scored
 * against the market's scored median, the parts of relevance that do not depend on the query.
 *
 * <p>A market's price scores are all computed with one median, {@code scored_median}. Each listing
 * event only moves the counts of the market's listings below and above a band around it; when more
 * than half lie on one side, the median has drifted out of the band and the market is recomputed
 * and rescored. Smaller moves leave the scores (and so the order of results) alone, and an event
 * costs a few row updates rather than a median over the whole market.
 */
public final class StandingSql {

    private StandingSql() {}

    private static final String PRICE_SCORE =
            "CASE WHEN l.price_amount IS NULL OR %1$s + l.price_amount <= 0 THEN 0.5"
                    + " ELSE %1$s / (%1$s + l.price_amount::float8) END";

    private static final String MARKET =
            " category = :category AND unit = :unit AND currency = :currency";

    private static final String ACTIVE_PRICED_IN_MARKET =
            " l.status = 'ACTIVE' AND l.price_amount IS NOT NULL AND l.category = :category"
                    + " AND l.unit = :unit AND l.currency = :currency";

    /**
     * Counts listings into (delta 1) or out of (delta -1) one market: named parameters prices and
     * deltas (arrays, as text: {@code {450.0,120.0}}, {@code {1,-1}}), category, unit, currency.
     * Returns whether the median may have left the band (more than half below or above it); no row
     * when the market has no reference yet.
     */
    public static final String COUNT_LISTINGS =
            "WITH d AS (SELECT unnest(CAST(:prices AS float8[])) AS price,"
                    + " unnest(CAST(:deltas AS int[])) AS delta)"
                    + " UPDATE price_reference pr SET listings = pr.listings + (SELECT sum(d.delta) FROM d),"
                    + " below = pr.below + (SELECT coalesce(sum(d.delta)"
                    + " FILTER (WHERE d.price < pr.band_low), 0) FROM d),"
                    + " above = pr.above + (SELECT coalesce(sum(d.delta)"
                    + " FILTER (WHERE d.price > pr.band_high), 0) FROM d)"
                    + " WHERE"
                    + MARKET
                    + " RETURNING 2 * below > listings OR 2 * above > listings";

    /**
     * Recomputes a market's median, band and counts from its active listings and rescores them all:
     * named parameters category, unit, currency, drift. An emptied market loses its row.
     */
    public static final String RECOMPUTE_MARKET =
            "WITH m AS (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY l.price_amount) AS median,"
                    + " count(*) AS n FROM listing l WHERE"
                    + ACTIVE_PRICED_IN_MARKET
                    + "), b AS (SELECT median, n, median * (1 - :drift) AS low,"
                    + " median * (1 + :drift) AS high FROM m WHERE n > 0),"
                    + " c AS (SELECT count(*) FILTER (WHERE l.price_amount < b.low) AS below,"
                    + " count(*) FILTER (WHERE l.price_amount > b.high) AS above FROM b, listing l WHERE"
                    + ACTIVE_PRICED_IN_MARKET
                    + "), gone AS (DELETE FROM price_reference WHERE"
                    + MARKET
                    + " AND (SELECT n FROM m) = 0),"
                    + " r AS (INSERT INTO price_reference (category, unit, currency, median, listings,"
                    + " scored_median, band_low, band_high, below, above)"
                    + " SELECT :category, :unit, :currency, b.median, b.n, b.median, b.low, b.high,"
                    + " c.below, c.above FROM b, c ON CONFLICT (category, unit, currency) DO UPDATE"
                    + " SET median = EXCLUDED.median, listings = EXCLUDED.listings,"
                    + " scored_median = EXCLUDED.scored_median, band_low = EXCLUDED.band_low,"
                    + " band_high = EXCLUDED.band_high, below = EXCLUDED.below, above = EXCLUDED.above"
                    + " RETURNING median)"
                    + " UPDATE listing l SET price_score = "
                    + String.format(PRICE_SCORE, "r.median")
                    + " FROM r WHERE l.category = :category AND l.unit = :unit"
                    + " AND l.currency = :currency";

    /**
     * Scores the listings just written: JDBC parameters neutral credit, listing ids (a uuid array
     * as text, {@code {id,id}}). A seller reputation has not scored yet counts as neutral in
     * ranking but is not rated (no minCredit lets them through); a market without a median counts
     * as 0.5.
     */
    public static final String SCORE_LISTINGS =
            "UPDATE listing l SET credit_rank = COALESCE((SELECT LEAST(1000, GREATEST(0, c.transaction))"
                    + " FROM seller_credit c WHERE c.user_id = l.seller_id), ?),"
                    + " credit_rated = EXISTS (SELECT 1 FROM seller_credit c"
                    + " WHERE c.user_id = l.seller_id),"
                    + " price_score = COALESCE((SELECT "
                    + String.format(PRICE_SCORE, "pr.scored_median")
                    + " FROM price_reference pr WHERE pr.category = l.category AND pr.unit = l.unit"
                    + " AND pr.currency = l.currency), 0.5)"
                    + " WHERE l.listing_id = ANY(CAST(? AS uuid[]))";

    /**
     * The first key of the sellers' advisory locks ({@code pg_advisory_xact_lock(int, int)}): keeps
     * them apart from any other use of advisory locks in the database.
     */
    private static final int SELLER_LOCKS = 0x5e11e5;

    /**
     * Takes sellers' locks until the transaction ends: JDBC parameter the lock keys (an int array
     * as text, {@code {-7,42}}), taken in the array's order.
     */
    public static final String LOCK_SELLERS =
            "SELECT count(pg_advisory_xact_lock("
                    + SELLER_LOCKS
                    + ", k)) FROM unnest(CAST(? AS int[])) AS k";

    /**
     * Copies a seller's credit onto their listings: JDBC parameters transaction score, seller,
     * transaction score. Listings already rated at that score are left alone: an update rewrites
     * the row and its search index entry (rank_pos is stored), and most credit events leave the
     * score as it was (only completed trades moved).
     */
    public static final String COPY_CREDIT =
            "UPDATE listing SET credit_rank = LEAST(1000, GREATEST(0, ?)), credit_rated = true"
                    + " WHERE seller_id = ? AND (credit_rank <> LEAST(1000, GREATEST(0, ?))"
                    + " OR NOT credit_rated)";
}
