package dev.nearhand.matching.service;

import dev.nearhand.matching.config.MatchingConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Relevance search that reads listings nearest-first in (position, standing) space and stops as
 * soon as no listing not yet read could still make the page.
 *
 * <p>Each listing's {@code rank_pos} is its point on the earth cube (metres) with a fourth
 * coordinate: its standing deficit u (0 = best credit and price, 1 = worst) times {@link
 * #STANDING_METRES}. A GiST index walks it by taxicab distance τ to (centre, 0). A listing's score
 * falls short of the best possible by at least a d + κ u, with d its great-circle distance, a the
 * distance weight per metre of radius and κ the smaller of credit and price weight over their share
 * in u. The spatial part of τ is at most √3 d, so a d + κ u ≥ m τ with m = min(a / √3, κ /
 * STANDING_METRES). Once τ has passed the point where {@code best - m τ} (plus the rounding
 * margins) is below the (limit+1)-th best score read, the page is final: the same page as scoring
 * every candidate, after a few dozen rows where a 5 km disc holds tens of thousands. Rows are read
 * in batches growing fourfold; each batch restarts the walk, which costs at most a third more than
 * one walk of the final length.
 */
public final class NearestFirstSearch {

    /** Metres of rank_pos's fourth coordinate per unit of standing deficit (V2__standing.sql). */
    static final double STANDING_METRES = 7217.0;

    private static final double SQRT_3 = Math.sqrt(3);

    /** The shares of credit and price in the stored standing deficit (V2__standing.sql). */
    private static final double CREDIT_SHARE = 0.6;

    private static final double PRICE_SHARE = 0.4;

    /** Slack over the 4-decimal rounding of scores. */
    private static final double SCORE_MARGIN = 0.001;

    /** The shown distance is rounded to 0.1 km: it may be up to 50 m short of the true one. */
    private static final double ROUNDING_METRES = 50;

    private static final int FIRST_BATCH = 64;

    /** How the search reaches the database: the service through JPA, the benchmark through JDBC. */
    public interface Database {
        /** Runs a statement that returns rows. */
        List<Object[]> rows(SearchSql.Statement statement);
    }

    /** A scored candidate; ordered as the page is: by score descending, then listing id. */
    private record Candidate(
            String listingId, BigDecimal score, BigDecimal distanceKm, double rho) {

        static final Comparator<Candidate> PAGE_ORDER =
                Comparator.comparing(Candidate::score)
                        .reversed()
                        .thenComparing(Candidate::listingId);

        static Candidate of(Object[] row) {
            return new Candidate(
                    row[0].toString(),
                    SearchHit.decimal(row[1]),
                    SearchHit.decimal(row[2]),
                    ((Number) row[3]).doubleValue());
        }

        /** After the cursor (sort key = -score); ids compare as PostgreSQL compares UUIDs. */
        boolean after(SearchCriteria.Position cursor) {
            if (cursor == null) {
                return true;
            }
            int byKey = score.negate().compareTo(cursor.key());
            return byKey > 0 || (byKey == 0 && listingId.compareTo(cursor.listingId()) > 0);
        }
    }

    private final SearchSql sql;
    private final SearchScoreSql score;
    private final MatchingConfig.Search weights;

    public NearestFirstSearch(MatchingConfig.Search weights) {
        this.sql = new SearchSql(weights);
        this.score = new SearchScoreSql(weights);
        this.weights = weights;
    }

    /** Whether this search answers the criteria: relevance with distance in the blend. */
    public boolean answers(SearchCriteria c) {
        return c.sort() == SearchCriteria.Sort.RELEVANCE && weights.distanceWeight() > 0;
    }

    /**
     * Up to {@code limit + 1} hits in page order. The caller's transaction must have switched off
     * sorting ({@link #PLAN_NEAREST_FIRST}): the planner takes the bounding box for a few rows, as
     * cube containment has a fixed selectivity, and would otherwise sort the whole box.
     */
    public List<SearchHit> search(SearchCriteria c, Database db) {
        int batch = Math.max(FIRST_BATCH, 3 * (c.limit() + 1));
        while (true) {
            List<Object[]> rows = db.rows(candidates(c, batch));
            List<Candidate> ranked =
                    rows.stream()
                            .map(Candidate::of)
                            .filter(candidate -> candidate.after(c.after()))
                            .sorted(Candidate.PAGE_ORDER)
                            .toList();
            boolean allRead = rows.size() < batch;
            if (allRead || settled(c, ranked, Candidate.of(rows.get(rows.size() - 1)).rho())) {
                return details(ranked.subList(0, Math.min(ranked.size(), c.limit() + 1)), db);
            }
            batch *= 4;
        }
    }

    /** Run first in the search's transaction; see {@link #search}. */
    public static final String PLAN_NEAREST_FIRST = "SELECT set_config('enable_sort', 'off', true)";

    /** Whether no listing farther than taxicab distance {@code rho} can reach the page. */
    private boolean settled(SearchCriteria c, List<Candidate> ranked, double rho) {
        if (ranked.size() <= c.limit()) {
            return false;
        }
        SearchScoreSql.Weights w = score.weights(c);
        double radiusM = c.radiusKm() * 1000;
        double perMetreOfDistance = w.distance() / radiusM;
        double perMetreOfStanding =
                Math.min(w.credit() / CREDIT_SHARE, w.price() / PRICE_SHARE) / STANDING_METRES;
        double best = w.text() + w.distance() + w.credit() + w.price();
        double ceiling =
                best
                        - Math.min(perMetreOfDistance / SQRT_3, perMetreOfStanding) * rho
                        + perMetreOfDistance * ROUNDING_METRES
                        + SCORE_MARGIN;
        return ranked.get(c.limit()).score().doubleValue() > ceiling;
    }

    /** The nearest {@code batch} candidates in rank space with their scores. */
    private SearchSql.Statement candidates(SearchCriteria c, int batch) {
        List<Object> p = new ArrayList<>();
        String radius = SearchSql.radiusLiteral(c.radiusKm() * 1000);
        String box =
                String.format(
                        Locale.ROOT,
                        "l.rank_pos <@ cube(earth_box(ll_to_earth(?, ?), %s)::cube, 0.0, %.1f)",
                        radius,
                        STANDING_METRES);
        String rankCentre = "cube(ll_to_earth(?, ?)::cube, 0.0)";
        StringBuilder s = new StringBuilder("SELECT listing_id, ");
        s.append(score.column(c)).append(" AS score, distance_km, rho FROM (SELECT l.listing_id, ");
        score.appendInputs(s, p, c);
        s.append(", l.rank_pos <#> ").append(rankCentre).append(" AS rho FROM listing l WHERE ");
        p.add(c.lat());
        p.add(c.lon());
        sql.appendWithin(s, p, c, box, radius);
        s.append(" ORDER BY l.rank_pos <#> ").append(rankCentre).append(" LIMIT ?) s");
        p.add(c.lat());
        p.add(c.lon());
        p.add(batch);
        return new SearchSql.Statement(s.toString(), p);
    }

    /** The page's display columns, joined back for the page only. */
    private static List<SearchHit> details(List<Candidate> page, Database db) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Object> p = new ArrayList<>();
        StringBuilder s =
                new StringBuilder(
                        "SELECT l.listing_id, l.shop_id, l.title, l.kind, l.category, l.price_amount,"
                                + " l.currency, l.unit, l.negotiable, c.transaction, c.social,"
                                + " COALESCE(c.tier, 'NEW') FROM listing l"
                                + " LEFT JOIN seller_credit c ON c.user_id = l.seller_id"
                                + " WHERE l.listing_id IN (");
        for (Candidate candidate : page) {
            s.append(p.isEmpty() ? "" : ", ").append("CAST(? AS uuid)");
            p.add(candidate.listingId());
        }
        s.append(")");
        Map<String, Object[]> byId = new HashMap<>();
        for (Object[] row : db.rows(new SearchSql.Statement(s.toString(), p))) {
            byId.put(row[0].toString(), row);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate candidate : page) {
            Object[] d = byId.get(candidate.listingId());
            if (d == null) {
                continue; // withdrawn between the two statements: the page is one shorter
            }
            hits.add(
                    SearchHit.fromRow(
                            new Object[] {
                                d[0],
                                d[1],
                                d[2],
                                d[3],
                                d[4],
                                d[5],
                                d[6],
                                d[7],
                                d[8],
                                candidate.distanceKm(),
                                d[9],
                                d[10],
                                d[11],
                                candidate.score(),
                                candidate.score().negate()
                            }));
        }
        return hits;
    }
}
