package dev.nearhand.matching.bench;

import dev.nearhand.matching.AirbnbCsv;
import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.service.NearestFirstSearch;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchSql;
import dev.nearhand.matching.service.StandingSql;
import dev.nearhand.matching.service.TextNormalizer;
import dev.nearhand.testing.TestInfrastructure;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Search latency in-process against a real embedded PostgreSQL: loads N listings (the Inside Airbnb
 * calibration cities replicated with jitter, data (c) Inside Airbnb, CC BY 4.0) by COPY, then runs
 * the service's own search ({@link NearestFirstSearch}, {@link SearchSql}) for 5 km + text queries
 * at random points and prints p50/p95/p99 per size, how long a new listing written by the
 * consumer's statements takes to be found ({@link EventToVisible}), and what the area's currency
 * costs a first page that compares prices without one ({@link SearchSql#areaCurrency}). Sizes as
 * arguments, default 10000 100000.
 */
public final class SearchBenchmark {

    private static final String[] WORDS = {
        "bike repair", "Fahrradreparatur", "maths tutor", "Nachhilfe", "電鑽出借", "捷運 雅房",
                "dog walking",
        "guitar lessons", "cleaning", "moving help", "Umzugshilfe", "cozy room", "studio",
                "parking space"
    };
    private static final String[] QUERIES = {
        "bike", "Fahrrad", "tutor", "电钻", "捷运", "room", "guitar", "Umzug"
    };

    private SearchBenchmark() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            // Exit either way: the shared test Kafka keeps non-daemon threads alive.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int[] sizes =
                args.length == 0
                        ? new int[] {10_000, 100_000}
                        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<AirbnbCsv.Row> base = new ArrayList<>();
        for (String city : List.of("taipei", "austin", "melbourne")) {
            base.addAll(AirbnbCsv.read(city));
        }
        // -Dbench.jdbc=<url of a database a held run loaded>: time the queries again, no load.
        String reuse = System.getProperty("bench.jdbc");
        String jdbc = reuse != null ? reuse : TestInfrastructure.shared().jdbcUrl();
        SearchSql sql = new SearchSql(defaults());
        NearestFirstSearch nearestFirst = new NearestFirstSearch(defaults());
        System.out.println();
        System.out.println(
                "Search, 5 km radius + text, in-process SQL, 2-core machine (data: Inside Airbnb, CC BY 4.0)");
        System.out.printf(
                Locale.ROOT,
                "%10s %10s %8s %8s %8s %8s %10s %12s %12s%n",
                "listings",
                "load s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "avg hits",
                "event p50 ms",
                "event p99 ms");
        for (int pass = 0; pass < sizes.length; pass++) {
            int size = sizes[pass];
            try (Connection c =
                    DriverManager.getConnection(
                            jdbc, TestInfrastructure.DB_USER, TestInfrastructure.DB_PASSWORD)) {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                if (reuse == null) {
                    schema(c);
                    load(c, base, size);
                }
                double loadS = (System.nanoTime() - start) / 1e9;
                Random random = new Random(42);
                for (int i = 0; i < 50; i++) {
                    run(c, sql, nearestFirst, query(base, random));
                }
                int queries = 500;
                double[] ms = new double[queries];
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    SearchCriteria q = query(base, random);
                    long t = System.nanoTime();
                    hits += run(c, sql, nearestFirst, q);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                double[] event =
                        EventToVisible.measure(c, base, nearestFirst, s -> rows(c, s), 100, random);
                System.out.printf(
                        Locale.ROOT,
                        "%10d %10.1f %8.1f %8.1f %8.1f %8.1f %10.1f %12.1f %12.1f%n",
                        size,
                        loadS,
                        ms[queries / 2],
                        ms[(int) (queries * 0.95)],
                        ms[(int) (queries * 0.99)],
                        ms[queries - 1],
                        (double) hits / queries,
                        event[event.length / 2],
                        event[(int) (event.length * 0.99)]);
                double[] area = areaCurrencyMs(c, sql, base, random);
                System.out.printf(
                        Locale.ROOT,
                        "%10s area currency (maxPrice or price sort without currency, first page"
                                + " only): p50 %.1f, p95 %.1f, p99 %.1f ms%n",
                        "",
                        area[area.length / 2],
                        area[(int) (area.length * 0.95)],
                        area[(int) (area.length * 0.99)]);
                double[] free = freeDaysMs(c, sql, nearestFirst, base, random);
                System.out.printf(
                        Locale.ROOT,
                        "%10s free on 3 nights (from/until; 1 listing in 10 booked for 2 nights):"
                                + " p50 %.1f, p95 %.1f, p99 %.1f ms%n",
                        "",
                        free[free.length / 2],
                        free[(int) (free.length * 0.95)],
                        free[(int) (free.length * 0.99)]);
                if (Boolean.getBoolean("bench.hold") && pass == sizes.length - 1) {
                    // -Dbench.hold=true: keep the last database up for psql / EXPLAIN ANALYZE.
                    System.out.println("holding " + jdbc);
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
        }
    }

    /**
     * The one aggregate a search comparing prices without a currency adds to its first page: the
     * area's currency over the whole 5 km disc, timed at random points like the searches.
     */
    private static double[] areaCurrencyMs(
            Connection c, SearchSql sql, List<AirbnbCsv.Row> base, Random random) throws Exception {
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            SearchCriteria q = query(base, random);
            long t = System.nanoTime();
            rows(c, sql.areaCurrency(q));
            c.commit();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /**
     * The same searches asking for three nights free, after one listing in ten got a two-night
     * booking somewhere in 60 days: what {@code from}/{@code until} add to a search.
     */
    private static double[] freeDaysMs(
            Connection c,
            SearchSql sql,
            NearestFirstSearch nearestFirst,
            List<AirbnbCsv.Row> base,
            Random random)
            throws Exception {
        LocalDate first = LocalDate.parse("2027-03-01");
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM booked_days");
            s.execute(
                    "INSERT INTO booked_days (escrow_id, listing_id, booked_from, booked_until)"
                            + " SELECT gen_random_uuid(), listing_id, d, d + 2 FROM (SELECT"
                            + " listing_id, DATE '"
                            + first
                            + "' + abs(hashtext(listing_id::text)) % 60 AS d FROM listing"
                            + " WHERE abs(hashtext(listing_id::text)) % 10 = 0) booked");
        }
        c.commit();
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            LocalDate from = first.plusDays(random.nextInt(58));
            SearchCriteria q =
                    query(base, random, SearchCriteria.FreeOn.days(from, from.plusDays(3)));
            long t = System.nanoTime();
            run(c, sql, nearestFirst, q);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static SearchCriteria query(List<AirbnbCsv.Row> base, Random random) {
        return query(base, random, null);
    }

    private static SearchCriteria query(
            List<AirbnbCsv.Row> base, Random random, SearchCriteria.FreeOn freeOn) {
        AirbnbCsv.Row at = base.get(random.nextInt(base.size()));
        return new SearchCriteria(
                at.lat(),
                at.lon(),
                5,
                TextNormalizer.query(QUERIES[random.nextInt(QUERIES.length)]),
                null,
                null,
                null,
                null,
                null,
                freeOn,
                SearchCriteria.Sort.RELEVANCE,
                20,
                null);
    }

    /** One search as the service runs it: in a transaction, nearest-first where it answers. */
    private static int run(
            Connection c, SearchSql sql, NearestFirstSearch nearestFirst, SearchCriteria criteria)
            throws Exception {
        try {
            if (nearestFirst.answers(criteria)) {
                rows(c, new SearchSql.Statement(NearestFirstSearch.PLAN_NEAREST_FIRST, List.of()));
                return nearestFirst.search(criteria, s -> rows(c, s)).size();
            }
            return rows(c, sql.build(criteria)).size();
        } finally {
            c.commit();
        }
    }

    private static List<Object[]> rows(Connection c, SearchSql.Statement s) {
        try (PreparedStatement ps = c.prepareStatement(s.sql())) {
            for (int i = 0; i < s.params().size(); i++) {
                ps.setObject(i + 1, s.params().get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The service's migrations as a bulk load would run them: V1's tables, COPY, every later
     * migration's other statements (columns, types, backfills), the standing of every listing, and
     * only then the indexes that the last migration leaves (an index present during the load or the
     * standing update costs a GiST insertion per row).
     */
    private static void schema(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(
                    "DROP TABLE IF EXISTS listing, shop, seller_credit, completed_trade, need, price_reference, booked_days CASCADE");
            for (String statement : migration(migrations().get(0))) {
                if (!isIndex(statement)) {
                    st.execute(statement);
                }
            }
        }
        c.commit();
    }

    private static void columns(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            for (String file : migrations().subList(1, migrations().size())) {
                for (String statement : migration(file)) {
                    if (!isIndex(statement)) {
                        st.execute(statement);
                    }
                }
            }
        }
        c.commit();
    }

    /** Each index as the last migration to create it does, unless a later one drops it. */
    private static void indexes(Connection c) throws Exception {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String file : migrations()) {
            for (String statement : migration(file)) {
                if (statement.startsWith("CREATE INDEX")) {
                    kept.put(indexName(statement), statement);
                } else if (statement.startsWith("DROP INDEX")) {
                    kept.remove(indexName(statement));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String statement : kept.values()) {
                st.execute(statement);
            }
        }
        c.commit();
    }

    private static boolean isIndex(String statement) {
        return statement.startsWith("CREATE INDEX") || statement.startsWith("DROP INDEX");
    }

    /** The name in {@code CREATE INDEX name ...} or {@code DROP INDEX name}. */
    private static String indexName(String statement) {
        return statement.split("\\s+")[2];
    }

    /** The migration files in the order Flyway runs them. */
    private static List<String> migrations() throws Exception {
        try (var files = Files.list(migrationDir())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .sorted(
                            Comparator.comparingInt(
                                    name ->
                                            Integer.parseInt(
                                                    name.substring(1, name.indexOf("__")))))
                    .toList();
        }
    }

    private static Path migrationDir() {
        Path dir = Path.of("src/main/resources/db/migration");
        return Files.isDirectory(dir) ? dir : Path.of("matching-service").resolve(dir);
    }

    /** A migration's statements, comments dropped. */
    private static List<String> migration(String name) throws Exception {
        Path file = migrationDir().resolve(name);
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        return Arrays.stream(text.toString().split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    /** COPY in chunks; text normalised with the service's own TextNormalizer. */
    private static void load(Connection c, List<AirbnbCsv.Row> base, int size) throws Exception {
        Random random = new Random(size);
        var copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < size; i++) {
            AirbnbCsv.Row row = base.get(i % base.size());
            // Jitter within about 1.5 km so replicas do not stack on one point.
            double lat = row.lat() + (random.nextDouble() - 0.5) * 0.027;
            double lon = row.lon() + (random.nextDouble() - 0.5) * 0.027;
            String title = WORDS[random.nextInt(WORDS.length)] + " " + row.name();
            TextNormalizer.Indexed text = TextNormalizer.index(title);
            chunk.append(UUID.randomUUID())
                    .append('\t')
                    .append(UUID.randomUUID())
                    .append('\t')
                    .append("seller-")
                    .append(random.nextInt(50_000))
                    .append("\t1\tACTIVE\tSERVICE\t")
                    .append(clean(title))
                    .append("\tspace.room\t")
                    .append(
                            row.price() == null
                                    ? "\\N"
                                    : String.format(Locale.ROOT, "%.2f", row.price()))
                    .append("\tTWD\tDAY\t")
                    .append(row.price() == null)
                    .append("\tcell\t")
                    .append(lat)
                    .append('\t')
                    .append(lon)
                    .append('\t')
                    .append(clean(text.searchText()))
                    .append('\t')
                    .append(clean(text.cjkGrams()))
                    .append("\t2026-11-20T00:00:00Z\n");
            if (chunk.length() > 4_000_000 || i == size - 1) {
                copy.copyIn(
                        "COPY listing (listing_id, shop_id, seller_id, revision, status, kind, title, category, price_amount,"
                                + " currency, unit, negotiable, cell, lat, lon, search_text, cjk_grams, updated_at) FROM STDIN",
                        new StringReader(chunk.toString()));
                chunk.setLength(0);
            }
        }
        c.commit();
        columns(c);
        try (Statement st = c.createStatement()) {
            // The consumer's own recomputation of the one market every benchmark listing is in.
            try (PreparedStatement market =
                    EventToVisible.named(
                            c,
                            StandingSql.RECOMPUTE_MARKET,
                            Map.of(
                                    "category", "space.room",
                                    "unit", "DAY",
                                    "currency", "TWD",
                                    "drift", defaults().rescoreDrift()))) {
                market.executeUpdate();
            }
            c.commit();
            indexes(c);
            c.setAutoCommit(true);
            st.execute("VACUUM ANALYZE listing");
            st.execute("ANALYZE price_reference");
            c.setAutoCommit(false);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace("\\", "");
    }

    private static MatchingConfig.Search defaults() {
        return new MatchingConfig.Search() {
            public double defaultRadiusKm() {
                return 5;
            }

            public double maxRadiusKm() {
                return 50;
            }

            public int defaultLimit() {
                return 20;
            }

            public double textWeight() {
                return 0.45;
            }

            public double distanceWeight() {
                return 0.30;
            }

            public double creditWeight() {
                return 0.15;
            }

            public double priceWeight() {
                return 0.10;
            }

            public int neutralCredit() {
                return 500;
            }

            public double rescoreDrift() {
                return 0.02;
            }
        };
    }
}
