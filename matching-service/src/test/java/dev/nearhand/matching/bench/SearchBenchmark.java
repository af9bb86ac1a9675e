package dev.nearhand.matching.bench;

import dev.nearhand.matching.AirbnbCsv;
import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchSql;
import dev.nearhand.matching.service.TextNormalizer;
import dev.nearhand.testing.TestInfrastructure;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Search latency in-process against a real embedded PostgreSQL: loads N listings (the Inside Airbnb
 * calibration cities replicated with jitter, data (c) Inside Airbnb, CC BY 4.0) by COPY, then runs
 * the service's own {@link SearchSql} for 5 km + text queries at random points and prints
 * p50/p95/p99 per size. Sizes as arguments, default 10000 100000.
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

    public static void main(String[] args) throws Exception {
        int[] sizes =
                args.length == 0
                        ? new int[] {10_000, 100_000}
                        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<AirbnbCsv.Row> base = new ArrayList<>();
        for (String city : List.of("taipei", "austin", "melbourne")) {
            base.addAll(AirbnbCsv.read(city));
        }
        String jdbc = TestInfrastructure.shared().jdbcUrl();
        SearchSql sql = new SearchSql(defaults());
        System.out.println();
        System.out.println(
                "Search, 5 km radius + text, in-process SQL, 2-core machine (data: Inside Airbnb, CC BY 4.0)");
        System.out.printf(
                Locale.ROOT,
                "%10s %10s %8s %8s %8s %8s %10s%n",
                "listings",
                "load s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "avg hits");
        for (int pass = 0; pass < sizes.length; pass++) {
            int size = sizes[pass];
            try (Connection c =
                    DriverManager.getConnection(
                            jdbc, TestInfrastructure.DB_USER, TestInfrastructure.DB_PASSWORD)) {
                schema(c);
                long start = System.nanoTime();
                load(c, base, size);
                double loadS = (System.nanoTime() - start) / 1e9;
                Random random = new Random(42);
                for (int i = 0; i < 50; i++) {
                    run(c, sql, query(base, random));
                }
                int queries = 500;
                double[] ms = new double[queries];
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    SearchCriteria q = query(base, random);
                    long t = System.nanoTime();
                    hits += run(c, sql, q);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(
                        Locale.ROOT,
                        "%10d %10.1f %8.1f %8.1f %8.1f %8.1f %10.1f%n",
                        size,
                        loadS,
                        ms[queries / 2],
                        ms[(int) (queries * 0.95)],
                        ms[(int) (queries * 0.99)],
                        ms[queries - 1],
                        (double) hits / queries);
                if (Boolean.getBoolean("bench.hold") && pass == sizes.length - 1) {
                    // -Dbench.hold=true: keep the last database up for psql / EXPLAIN ANALYZE.
                    System.out.println("holding " + jdbc);
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
        }
        System.exit(0);
    }

    private static SearchCriteria query(List<AirbnbCsv.Row> base, Random random) {
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
                SearchCriteria.Sort.RELEVANCE,
                20,
                null);
    }

    private static int run(Connection c, SearchSql sql, SearchCriteria criteria) throws Exception {
        SearchSql.Statement s = sql.build(criteria);
        try (PreparedStatement ps = c.prepareStatement(s.sql())) {
            for (int i = 0; i < s.params().size(); i++) {
                ps.setObject(i + 1, s.params().get(i));
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void schema(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(
                    "DROP TABLE IF EXISTS listing, shop, seller_credit, completed_trade, need, price_reference CASCADE");
            Path v1 = Path.of("src/main/resources/db/migration/V1__read_model.sql");
            if (!Files.exists(v1)) {
                v1 = Path.of("matching-service/src/main/resources/db/migration/V1__read_model.sql");
            }
            st.execute(Files.readString(v1));
        }
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
        try (Statement st = c.createStatement()) {
            // What the listing consumer keeps up to date event by event, at once for the bulk.
            st.execute(SearchSql.REFRESH_ALL_PRICE_REFERENCES);
            st.execute("ANALYZE listing");
            st.execute("ANALYZE price_reference");
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
        };
    }
}
