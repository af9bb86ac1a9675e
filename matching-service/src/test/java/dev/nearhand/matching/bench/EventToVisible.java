package dev.nearhand.matching.bench;

import dev.nearhand.matching.AirbnbCsv;
import dev.nearhand.matching.service.NearestFirstSearch;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchSql;
import dev.nearhand.matching.service.StandingSql;
import dev.nearhand.matching.service.TextNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new listing as matching's listing consumer writes it (the same statements: the row, its count
 * in the market, the market's recomputation when its median drifts, its standing; one transaction;
 * no Kafka), then searched for by a word only it has until found. The milliseconds from the start
 * of the write to the search that finds it.
 */
final class EventToVisible {

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-z]+)");

    private EventToVisible() {}

    static double[] measure(
            Connection c,
            List<AirbnbCsv.Row> base,
            NearestFirstSearch search,
            Function<SearchSql.Statement, List<Object[]>> rows,
            int events,
            Random random)
            throws Exception {
        double[] ms = new double[events];
        for (int i = 0; i < events; i++) {
            AirbnbCsv.Row at = base.get(random.nextInt(base.size()));
            String word = "zq" + letters(random, 8);
            double price = at.price() == null ? 1500 : at.price().doubleValue();
            UUID id = UUID.randomUUID();
            long start = System.nanoTime();
            write(c, id, word, at, price);
            int attempts = 0;
            while (find(c, search, rows, at, word) == 0) {
                if (++attempts == 100) {
                    throw new IllegalStateException("listing " + id + " never found");
                }
            }
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void write(Connection c, UUID id, String word, AirbnbCsv.Row at, double price)
            throws Exception {
        String title = word + " cozy room";
        TextNormalizer.Indexed text = TextNormalizer.index(title);
        try (PreparedStatement insert =
                c.prepareStatement(
                        "INSERT INTO listing (listing_id, shop_id, seller_id, revision, status, kind,"
                                + " title, category, price_amount, currency, unit, negotiable, cell,"
                                + " lat, lon, search_text, cjk_grams, updated_at) VALUES (?, ?, ?, 1,"
                                + " 'ACTIVE', 'SERVICE', ?, 'space.room', ?, 'TWD', 'DAY', false,"
                                + " 'cell', ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, "seller-" + id);
            insert.setString(4, title);
            insert.setBigDecimal(5, java.math.BigDecimal.valueOf(price));
            insert.setDouble(6, at.lat());
            insert.setDouble(7, at.lon());
            insert.setString(8, text.searchText());
            insert.setString(9, text.cjkGrams());
            insert.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        Map<String, Object> market =
                Map.of("category", "space.room", "unit", "DAY", "currency", "TWD");
        Map<String, Object> count = new java.util.HashMap<>(market);
        count.put("deltas", "{1}");
        count.put("prices", "{" + price + "}");
        boolean recompute;
        try (PreparedStatement counting = named(c, StandingSql.COUNT_LISTINGS, count);
                ResultSet rs = counting.executeQuery()) {
            recompute = !rs.next() || rs.getBoolean(1);
        }
        if (recompute) {
            Map<String, Object> drift = new java.util.HashMap<>(market);
            drift.put("drift", 0.02);
            try (PreparedStatement recomputing = named(c, StandingSql.RECOMPUTE_MARKET, drift)) {
                recomputing.executeUpdate();
            }
        }
        try (PreparedStatement score = c.prepareStatement(StandingSql.SCORE_LISTINGS)) {
            score.setInt(1, 500);
            score.setString(2, "{" + id + "}");
            score.executeUpdate();
        }
        c.commit();
    }

    private static int find(
            Connection c,
            NearestFirstSearch search,
            Function<SearchSql.Statement, List<Object[]>> rows,
            AirbnbCsv.Row at,
            String word)
            throws Exception {
        SearchCriteria criteria =
                new SearchCriteria(
                        at.lat(),
                        at.lon(),
                        5,
                        TextNormalizer.query(word),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        SearchCriteria.Sort.RELEVANCE,
                        20,
                        null);
        try {
            rows.apply(new SearchSql.Statement(NearestFirstSearch.PLAN_NEAREST_FIRST, List.of()));
            return search.search(criteria, rows::apply).size();
        } finally {
            c.commit();
        }
    }

    /** A statement with :name parameters (as JPA takes them) bound through plain JDBC. */
    static PreparedStatement named(Connection c, String sql, Map<String, ?> values)
            throws Exception {
        List<Object> ordered = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            ordered.add(values.get(m.group(1)));
            m.appendReplacement(positional, "?");
        }
        m.appendTail(positional);
        PreparedStatement statement = c.prepareStatement(positional.toString());
        for (int i = 0; i < ordered.size(); i++) {
            statement.setObject(i + 1, ordered.get(i));
        }
        return statement;
    }

    private static String letters(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
