package dev.nearhand.journey.bench;

import dev.nearhand.contracts.Topics;
import dev.nearhand.journey.bench.CpuMeter.CpuTime;
import dev.nearhand.local.EmbeddedStack;
import dev.nearhand.local.StackConfig;
import dev.nearhand.local.StackLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * System benchmarks of the whole local stack through the public HTTP API only (issue 8). Not a
 * test: a program, run by the {@code bench} profile ({@code ./mvnw -B -pl journey-tests -Pbench
 * process-test-classes}). Starts its own {@link EmbeddedStack} in {@code target/bench-stack},
 * measures footprint, event lags, escrow throughput and search under load, prints one table and
 * stops the stack.
 *
 * <p>Sizes (system properties): {@code bench.clients} (32), {@code bench.escrow.seconds} (30),
 * {@code bench.escrow.warmup} (5), {@code bench.lag.search} (30 samples; 0 skips), {@code
 * bench.lag.credit} (20 samples; 0 skips), {@code bench.search.listings} (5000; 0 skips), {@code
 * bench.search.seconds} (20), {@code bench.search.via} ({@code api}, or {@code topic}:
 * ListingPublished events written straight to the topic, see {@link TopicLoader}; the default above
 * 10,000 listings), {@code bench.moves.per-client} (80 escrows readied per client for the confirm +
 * release only phase; 0 skips), {@code bench.restarts} (true; false skips the restart timings),
 * {@code bench.moves.fewer-clients} (1,4,8: moves-only phases with fewer clients; empty skips),
 * {@code bench.floor} (true; false skips the least cost of a pair, {@link CostFloor}) and {@code
 * bench.floor.seconds} (10). So {@code -Dbench.lag.search=0 -Dbench.lag.credit=0
 * -Dbench.search.listings=0 -Dbench.restarts=false} measures footprint and escrow throughput only.
 */
public final class SystemBenchmark {

    private static final String LISTING = "listing-service";
    private static final String MATCHING = "matching-service";
    private static final String ESCROW = "escrow-service";
    private static final String REPUTATION = "reputation-service";
    private static final List<String> SERVICES = List.of(LISTING, MATCHING, ESCROW, REPUTATION);
    private static final String PRICE = "10.00";
    private static final String TOP_UP = "100000.00";
    private static final String[] WORDS = {
        "maths",
        "piano",
        "english",
        "chemistry",
        "guitar",
        "physics",
        "drawing",
        "chess",
        "coding",
        "history",
        "violin",
        "french",
        "biology",
        "yoga",
        "cooking",
        "spanish"
    };
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FEE =
            Pattern.compile(
                    "\"fee\"\\s*:\\s*(?:\\{[^}]*?\"amount\"\\s*:\\s*)?\"?([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern TRADES = Pattern.compile("\"completedTrades\"\\s*:\\s*(\\d+)");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    /**
     * Lag samples taken first and reported apart: the first ones after start-up run cold code on
     * every hop (the first listing 0.7 s to searchable, the next four 0.1-0.25 s, then p99 ~0.1 s).
     */
    private static final int WARM_UP = 5;

    private final int clients = Integer.getInteger("bench.clients", 32);
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
    private final Map<String, String[]> rows = new LinkedHashMap<>();
    private EmbeddedStack stack;
    private CpuMeter cpu;

    public static void main(String[] args) throws Exception {
        exposeClasspath();
        SystemBenchmark bench = new SystemBenchmark();
        int code = 0;
        try {
            bench.run();
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        } finally {
            if (bench.stack != null) {
                bench.stack.close();
            }
        }
        bench.print();
        System.exit(code);
    }

    /**
     * The Kafka broker is a child JVM on this program's classpath ({@code nearhand.classpath}, else
     * {@code java.class.path}); under exec:java that is Maven's own, so hand it the project's.
     */
    private static void exposeClasspath() {
        if (System.getProperty("nearhand.classpath") != null) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof java.net.URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException | RuntimeException e) {
                    // not a file
                }
            }
            if (!entries.isEmpty()) {
                System.setProperty(
                        "nearhand.classpath", String.join(java.io.File.pathSeparator, entries));
            }
        }
    }

    private void run() throws Exception {
        row("machine", load(), cpus() + " cpus, " + memory() + ", JDK " + Runtime.version(), "");
        long t0 = System.nanoTime();
        stack = EmbeddedStack.start(config(), Duration.ofMinutes(3));
        cpu = new CpuMeter(stack, SERVICES);
        row(
                "stack start (services in waves of one per two cores)",
                secs(System.nanoTime() - t0) + " s",
                "PostgreSQL, Kafka, then the services",
                "");
        footprint();
        int searchLags = Integer.getInteger("bench.lag.search", 30);
        if (searchLags > 0) {
            lagSearch(searchLags);
        } else {
            row("lag: listing published -> in search", "skipped", "bench.lag.search=0", "");
        }
        int creditLags = Integer.getInteger("bench.lag.credit", 20);
        if (creditLags > 0) {
            lagCredit(creditLags);
        } else {
            row("lag: escrow released -> credit changed", "skipped", "bench.lag.credit=0", "");
        }
        escrowThroughput();
        if (Boolean.parseBoolean(System.getProperty("bench.floor", "true"))) {
            costFloor();
        }
        int listings = Integer.getInteger("bench.search.listings", 5000);
        if (listings > 0) {
            searchUnderLoad(listings);
        } else {
            row("search under load", "skipped", "bench.search.listings=0", ">= 100k listings");
        }
        if (Boolean.parseBoolean(System.getProperty("bench.restarts", "true"))) {
            restarts();
        }
        row("load average at the end", load(), "", "");
    }

    // ---------------------------------------------------------------- footprint

    private void footprint() throws Exception {
        Thread.sleep(5_000); // let the just-started JVMs settle
        long total = 0;
        long totalPss = 0;
        for (String service : SERVICES) {
            long pid = stack.pid(service);
            long rss = rssKb(pid);
            total += rss;
            totalPss += pssKb(pid);
            row(
                    service + " idle RSS / started in (stack start)",
                    mb(rss) + " / " + startedIn(service) + " s",
                    "pid " + pid,
                    "< 300 MB / < 5 s");
        }
        for (String infra : CpuMeter.INFRASTRUCTURE) {
            long rss = 0;
            long pss = 0;
            List<Long> tree = cpu.processTree(infra);
            for (long p : tree) {
                rss += rssKb(p);
                pss += pssKb(p);
            }
            total += rss;
            totalPss += pss;
            row(infra + " idle RSS", mb(rss), tree.size() + " process(es), PSS " + mb(pss), "");
        }
        row("whole stack idle memory", mb(total) + " RSS", mb(totalPss) + " PSS", "");
    }

    /** Each service alone: SIGKILL, start again, time to ready (the others keep running). */
    private void restarts() throws Exception {
        for (String service : SERVICES) {
            stack.kill(service);
            long t = System.nanoTime();
            stack.restart(service, Duration.ofMinutes(2));
            long took = System.nanoTime() - t;
            Thread.sleep(3_000);
            row(
                    service + " restart alone: ready / started in / RSS",
                    secs(took)
                            + " / "
                            + startedIn(service)
                            + " s / "
                            + mb(rssKb(stack.pid(service))),
                    "process start -> readiness OK",
                    "< 5 s / < 300 MB");
        }
    }

    private String startedIn(String service) throws IOException {
        String last = "?";
        for (String line : Files.readAllLines(stack.log(service))) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                last = m.group(1);
            }
        }
        return last;
    }

    private static long rssKb(long pid) {
        return procField("/proc/" + pid + "/status", "VmRSS:");
    }

    private static long pssKb(long pid) {
        return procField("/proc/" + pid + "/smaps_rollup", "Pss:");
    }

    private static long procField(String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or unreadable
        }
        return 0;
    }

    // ---------------------------------------------------------------- lags

    private void lagSearch(int samples) throws Exception {
        User seller = new User("lag-seller", "phone");
        double lat = 48.1 + ThreadLocalRandom.current().nextDouble();
        double lon = 11.5 + ThreadLocalRandom.current().nextDouble();
        openShop(seller, lat, lon);
        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < samples + WARM_UP; i++) {
            String word = "lagword" + UUID.randomUUID().toString().substring(0, 8);
            long t = System.nanoTime();
            String id = publish(seller, "Tutoring " + word, "tutoring");
            String url =
                    String.format(
                            Locale.ROOT,
                            "%s/api/search?lat=%f&lon=%f&radiusKm=2&q=%s",
                            stack.url(MATCHING),
                            lat,
                            lon,
                            word);
            while (!get(url, null).body().contains(id)) {
                Thread.sleep(20);
                if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IllegalStateException("listing " + id + " not in search after 30 s");
                }
            }
            lags.add(System.nanoTime() - t);
        }
        lagRow("lag: listing published -> in search (p50 / p99)", lags, "from before POST");
    }

    private void lagCredit(int samples) throws Exception {
        Pair pair = pair(0, "lag");
        String url = stack.url(REPUTATION) + "/api/credit/" + pair.seller.id;
        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < samples + WARM_UP; i++) {
            String escrow = openEscrow(pair, Duration.ofSeconds(60));
            expect(move(pair.buyer, escrow, "confirm"), 200);
            expect(move(pair.seller, escrow, "accept"), 200);
            expect(move(pair.seller, escrow, "deliver"), 200);
            int before = trades(get(url, null).body());
            long t = System.nanoTime();
            expect(move(pair.buyer, escrow, "release"), 200);
            while (trades(get(url, null).body()) <= before) {
                Thread.sleep(20);
                if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IllegalStateException("credit unchanged 30 s after release");
                }
            }
            lags.add(System.nanoTime() - t);
        }
        lagRow(
                "lag: escrow released -> credit changed (p50 / p99)",
                lags,
                "from before POST release");
    }

    /** p50 / p99 of the samples after the first {@link #WARM_UP}, which are listed apart. */
    private void lagRow(String measure, List<Long> lags, String timedFrom) {
        List<Long> counted = lags.subList(WARM_UP, lags.size());
        row(
                measure,
                p(counted, 50) + " / " + p(counted, 99) + " ms",
                "n="
                        + counted.size()
                        + ", "
                        + timedFrom
                        + ", poll 20 ms; first "
                        + WARM_UP
                        + " after start-up (not in n) "
                        + lags.subList(0, WARM_UP).stream()
                                .map(nanos -> Long.toString(nanos / 1_000_000))
                                .collect(java.util.stream.Collectors.joining(", "))
                        + " ms",
                "p99 < 1 s");
    }

    private static int trades(String body) {
        Matcher m = TRADES.matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    // ---------------------------------------------------------------- escrow

    private void escrowThroughput() throws Exception {
        int seconds = Integer.getInteger("bench.escrow.seconds", 30);
        int warmup = Integer.getInteger("bench.escrow.warmup", 5);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Pair> pairs = new ArrayList<>();
        for (Future<Pair> f :
                pool.invokeAll(
                        java.util.stream.IntStream.range(0, clients)
                                .mapToObj(
                                        i ->
                                                (java.util.concurrent.Callable<Pair>)
                                                        () -> pair(i, "esc"))
                                .toList())) {
            pairs.add(f.get());
        }
        ConcurrentLinkedQueue<Long> confirms = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> releases = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> cycles = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (Pair pair : pairs) {
            running.add(
                    pool.submit(
                            () -> {
                                boolean first = true;
                                while (System.nanoTime() < end) {
                                    try {
                                        long c0 = System.nanoTime();
                                        String escrow =
                                                first
                                                        ? openEscrow(pair, Duration.ofSeconds(60))
                                                        : openEscrow(pair, Duration.ZERO);
                                        first = false;
                                        long t = System.nanoTime();
                                        expect(move(pair.buyer, escrow, "confirm"), 200);
                                        long confirm = System.nanoTime() - t;
                                        expect(move(pair.seller, escrow, "accept"), 200);
                                        expect(move(pair.seller, escrow, "deliver"), 200);
                                        t = System.nanoTime();
                                        HttpResponse<String> released =
                                                move(pair.buyer, escrow, "release");
                                        expect(released, 200);
                                        long now = System.nanoTime();
                                        pair.fees.add(fee(released.body()));
                                        if (t >= measureFrom && now <= end) {
                                            confirms.add(confirm);
                                            releases.add(now - t);
                                            cycles.add(now - c0);
                                            done.incrementAndGet();
                                        }
                                    } catch (Exception e) {
                                        errors.incrementAndGet();
                                        if (firstErrors.size() < 3) {
                                            firstErrors.add(e.getMessage());
                                        }
                                    }
                                }
                                return null;
                            }));
        }
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime())));
        Map<String, CpuTime> cpuBefore = cpu.snapshot();
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        Map<String, CpuTime> cpuAfter = cpu.snapshot();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        row("load average after the escrow phase", load(), "the 1-min figure covers it", "");
        cpuPerCycle("escrow: CPU per cycle (all processes)", cpuBefore, cpuAfter, done.get());
        row(
                "escrow: confirm+release pairs/s (" + clients + " clients)",
                String.format(Locale.ROOT, "%.1f", done.get() / (double) seconds),
                done.get()
                        + " full cycles (open, confirm, accept, deliver, release) in "
                        + seconds
                        + " s after "
                        + warmup
                        + " s warm-up; errors "
                        + errors.get()
                        + (firstErrors.isEmpty() ? "" : " e.g. " + firstErrors.peek()),
                ">= 500");
        row(
                "escrow: confirm p50 / p99",
                p(confirms, 50) + " / " + p(confirms, 99) + " ms",
                "",
                "p99 < 100 ms");
        row(
                "escrow: release p50 / p99",
                p(releases, 50) + " / " + p(releases, 99) + " ms",
                "",
                "p99 < 100 ms");
        row(
                "escrow: whole cycle (5 calls) p50 / p99",
                p(cycles, 50) + " / " + p(cycles, 99) + " ms",
                "",
                "");
        creditCaughtUp("escrow", pairs);
        int prepared = Integer.getInteger("bench.moves.per-client", 80);
        if (prepared > 0) {
            moneyMoves("escrow moves only", pairs, prepared);
            creditCaughtUp("escrow moves only", pairs);
            for (int fewer : fewerClients()) {
                moneyMoves(
                        "escrow moves, " + fewer + " client(s)",
                        pairs.subList(0, Math.min(fewer, pairs.size())),
                        prepared);
            }
        }
        conservation(pairs);
    }

    /**
     * What a confirm + release pair costs at the least on this machine (see {@link CostFloor}): two
     * authenticated requests and two durable commits, each timed alone with 32 clients.
     */
    private void costFloor() throws Exception {
        CostFloor floor =
                new CostFloor(
                        cpu,
                        clients,
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(Integer.getInteger("bench.floor.seconds", 10)));
        List<String> tokens =
                java.util.stream.IntStream.range(0, clients)
                        .mapToObj(i -> new User("floor", "id").token())
                        .toList();
        CostFloor.Phase refused = floor.refusedConfirms(http, stack.url(ESCROW), tokens);
        double request =
                cpuPerCycle(
                        "floor: CPU per refused confirm (all processes)",
                        refused.before(),
                        refused.after(),
                        refused.units());
        row(
                "floor: confirms refused before any database work/s (" + clients + " clients)",
                String.format(Locale.ROOT, "%.0f", refused.perSecond()),
                "POST /api/escrows/{unknown}/confirm without Idempotency-Key: route, token check,"
                        + " 400 problem+json; other answers "
                        + refused.errors(),
                "");
        CostFloor.Phase commits =
                floor.durableCommits(
                        stack.config().jdbcUrl("postgres"), stack.config().jdbcUrl("bench_floor"));
        double commit =
                cpuPerCycle(
                        "floor: CPU per durable commit (all processes)",
                        commits.before(),
                        commits.after(),
                        commits.units());
        row(
                "floor: durable one-row commits/s (" + clients + " connections)",
                String.format(Locale.ROOT, "%.0f", commits.perSecond()),
                "UPDATE of one row in autocommit, WAL flushed at each commit; other answers "
                        + commits.errors(),
                "");
        double pair = 2 * (request + commit);
        row(
                "floor: least CPU of a confirm+release pair",
                String.format(Locale.ROOT, "%.1f ms", pair),
                String.format(
                        Locale.ROOT,
                        "2 refused confirms + 2 durable commits, before any ledger work, event or"
                                + " consumer: at most %.0f pairs/s on %d idle cores",
                        cpus() * 1000 / pair,
                        cpus()),
                String.format(Locale.ROOT, "<= %.1f ms for 500/s", cpus() * 1000 / 500.0));
    }

    /**
     * The credit lag under load: how long after a phase's last release reputation-service's credit
     * of every seller counts all their releases. The lag rows time one release on an idle stack;
     * this is what a phase's backlog of escrow events leaves behind.
     */
    private void creditCaughtUp(String phase, List<Pair> pairs) throws Exception {
        long t = System.nanoTime();
        String backlog;
        try (Backlog events = new Backlog(stack.config())) {
            backlog = events.describe();
        }
        for (Pair pair : pairs) {
            String url = stack.url(REPUTATION) + "/api/credit/" + pair.seller.id;
            while (trades(get(url, null).body()) < pair.fees.size()) {
                if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException("credit still behind 10 min after " + phase);
                }
                Thread.sleep(50);
            }
        }
        row(
                phase + ": credit counts every release",
                secs(System.nanoTime() - t) + " s after the last",
                "poll 50 ms; escrow events at the end of the phase: " + backlog,
                "lag p99 < 1 s");
    }

    /**
     * The two money moves alone. Each client first readies escrows of its own pair, {@code
     * perClient} opened (to confirm) and as many confirmed, accepted and delivered (to release);
     * then all start together and each confirms one and releases one until its escrows run out. The
     * seller's accept and deliver and the buyer's open happen before the clock starts: this is what
     * confirm and release cost, not what a whole trade costs (the full-cycle rows above).
     */
    private void moneyMoves(String phase, List<Pair> pairs, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(pairs.size());
        List<Readied> ready = new ArrayList<>();
        for (Future<Readied> f :
                pool.invokeAll(
                        pairs.stream()
                                .map(
                                        pair ->
                                                (java.util.concurrent.Callable<Readied>)
                                                        () -> ready(pair, perClient))
                                .toList())) {
            ready.add(f.get());
        }
        ConcurrentLinkedQueue<Long> confirms = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> releases = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            List<String> toConfirm = ready.get(i).toConfirm();
            List<String> toRelease = ready.get(i).toRelease();
            running.add(
                    pool.submit(
                            () -> {
                                go.await();
                                for (int k = 0; k < perClient; k++) {
                                    try {
                                        long t = System.nanoTime();
                                        expect(move(pair.buyer, toConfirm.get(k), "confirm"), 200);
                                        confirms.add(System.nanoTime() - t);
                                        t = System.nanoTime();
                                        HttpResponse<String> released =
                                                move(pair.buyer, toRelease.get(k), "release");
                                        expect(released, 200);
                                        releases.add(System.nanoTime() - t);
                                        pair.fees.add(fee(released.body()));
                                    } catch (Exception e) {
                                        errors.incrementAndGet();
                                    }
                                }
                                return null;
                            }));
        }
        try (Backlog events = new Backlog(stack.config())) {
            events.awaitConsumed(); // the readying's events
        }
        Map<String, CpuTime> cpuBefore = cpu.snapshot();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        long took = System.nanoTime() - start;
        Map<String, CpuTime> cpuAfter = cpu.snapshot();
        pool.shutdown();
        int done = releases.size();
        cpuPerCycle(phase + ": CPU per pair (all processes)", cpuBefore, cpuAfter, done);
        row(
                phase + ": confirm+release pairs/s (" + pairs.size() + " clients)",
                String.format(Locale.ROOT, "%.1f", done / (took / 1e9)),
                done
                        + " pairs in "
                        + secs(took)
                        + " s on escrows opened, and accepted + delivered, beforehand; errors "
                        + errors.get(),
                ">= 500");
        row(
                phase + ": confirm / release p50 / p99",
                p(confirms, 50)
                        + " / "
                        + p(confirms, 99)
                        + " ms; "
                        + p(releases, 50)
                        + " / "
                        + p(releases, 99)
                        + " ms",
                "",
                "p99 < 100 ms");
    }

    /**
     * Client counts for further moves-only phases ({@code bench.moves.fewer-clients}, "1,4,8"): the
     * rate at which latency stays low, next to the saturated rate of all clients.
     */
    private static List<Integer> fewerClients() {
        String counts = System.getProperty("bench.moves.fewer-clients", "1,4,8");
        return counts.isBlank()
                ? List.of()
                : Arrays.stream(counts.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** Escrows of one pair awaiting confirmation, and as many delivered (awaiting release). */
    private record Readied(List<String> toConfirm, List<String> toRelease) {}

    private Readied ready(Pair pair, int count) throws Exception {
        List<String> toConfirm = new ArrayList<>();
        List<String> toRelease = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            toConfirm.add(openEscrow(pair, Duration.ZERO));
            String escrow = openEscrow(pair, Duration.ZERO);
            expect(move(pair.buyer, escrow, "confirm"), 200);
            expect(move(pair.seller, escrow, "accept"), 200);
            expect(move(pair.seller, escrow, "deliver"), 200);
            toRelease.add(escrow);
        }
        return new Readied(toConfirm, toRelease);
    }

    /**
     * CPU each process spent per measured unit (escrow cycle, pair, search request): on a machine
     * shared with other work, throughput says little on its own, while this cost is what bounds it
     * (2 idle cores give 2,000 ms/s).
     */
    private double cpuPerCycle(
            String label, Map<String, CpuTime> before, Map<String, CpuTime> after, int cycles) {
        if (cycles == 0) {
            return 0;
        }
        StringBuilder parts = new StringBuilder();
        double total = 0;
        double kernel = 0;
        for (String process : after.keySet()) {
            CpuTime spent = after.get(process).minus(before.get(process));
            double ms = spent.total() / (double) cycles;
            double sys = spent.system() / (double) cycles;
            total += ms;
            kernel += sys;
            parts.append(String.format(Locale.ROOT, "%s %.1f (sys %.1f), ", process, ms, sys));
        }
        row(
                label,
                String.format(Locale.ROOT, "%.1f ms (sys %.1f)", total, kernel),
                parts
                        + String.format(
                                Locale.ROOT,
                                "so at most %.0f/s on %d idle cores",
                                cpus() * 1000 / total,
                                cpus()),
                "");
        return total;
    }

    /** Sum of available + held over every wallet, plus the fees of released escrows, = top-ups. */
    private void conservation(List<Pair> pairs) throws Exception {
        BigDecimal wallets = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal topUps = new BigDecimal(TOP_UP).multiply(BigDecimal.valueOf(pairs.size()));
        for (Pair pair : pairs) {
            for (User user : List.of(pair.buyer, pair.seller)) {
                BigDecimal[] b = balance(user);
                wallets = wallets.add(b[0]).add(b[1]);
                held = held.add(b[1]);
            }
            for (BigDecimal fee : pair.fees) {
                fees = fees.add(fee);
            }
        }
        boolean ok = wallets.add(fees).compareTo(topUps) == 0;
        row(
                "escrow: money conserved",
                ok ? "yes" : "NO",
                "wallets "
                        + wallets
                        + " (held "
                        + held
                        + ") + fees "
                        + fees
                        + " = top-ups "
                        + topUps,
                "exact");
    }

    @SuppressWarnings("unchecked")
    private BigDecimal[] balance(User user) throws Exception {
        HttpResponse<String> r = get(stack.url(ESCROW) + "/api/wallets/me", user);
        expect(r, 200);
        List<Map<String, Object>> balances =
                io.restassured.path.json.JsonPath.from(r.body()).getList("balances");
        for (Map<String, Object> b : balances) {
            if ("CNY".equals(b.get("currency"))) {
                return new BigDecimal[] {
                    new BigDecimal(String.valueOf(b.get("available"))),
                    new BigDecimal(String.valueOf(b.get("held")))
                };
            }
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static BigDecimal fee(String body) {
        Matcher m = FEE.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no fee in " + body);
        }
        return new BigDecimal(m.group(1));
    }

    /** A seller with a shop and one hourly listing, and an ID-verified buyer with a top-up. */
    private Pair pair(int i, String tag) throws Exception {
        User seller = new User(tag + "-seller-" + i, "phone");
        User buyer = new User(tag + "-buyer-" + i, "id");
        openShop(
                seller,
                50 + ThreadLocalRandom.current().nextDouble(),
                8 + ThreadLocalRandom.current().nextDouble());
        String listing = publish(seller, "Tutoring bench " + i, "tutoring");
        expect(
                post(
                        stack.url(ESCROW) + "/api/wallets/me/top-ups",
                        buyer,
                        "{\"amount\":\"" + TOP_UP + "\",\"currency\":\"CNY\"}"),
                201);
        return new Pair(buyer, seller, listing);
    }

    /** Opens an escrow for one hour; retries while escrow-service does not know the listing yet. */
    private String openEscrow(Pair pair, Duration within) throws Exception {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> r =
                    send(
                            HttpRequest.newBuilder(URI.create(stack.url(ESCROW) + "/api/escrows"))
                                    .header("Idempotency-Key", key)
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"listingId\":\""
                                                            + pair.listing
                                                            + "\",\"quantity\":1}")),
                            pair.buyer);
            if (r.statusCode() == 201) {
                return id(r.body());
            }
            if (r.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("open: " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> move(User user, String escrow, String action) throws Exception {
        return send(
                HttpRequest.newBuilder(
                                URI.create(
                                        stack.url(ESCROW)
                                                + "/api/escrows/"
                                                + escrow
                                                + "/"
                                                + action))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.noBody()),
                user);
    }

    // ---------------------------------------------------------------- search

    private void searchUnderLoad(int listings) throws Exception {
        double lat0 = 52.52;
        double lon0 = 13.40;
        int shops = Math.max(1, listings / 10);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicLong lastId = new AtomicLong();
        String marker = "zzmark" + UUID.randomUUID().toString().substring(0, 6);
        String[] markerId = new String[1];
        long t0 = System.nanoTime();
        String via = System.getProperty("bench.search.via", listings > 10_000 ? "topic" : "api");
        if (via.equals("topic")) {
            markerId[0] =
                    TopicLoader.load(
                            stack.config().kafkaPort(), listings, lat0, lon0, WORDS, marker);
            next.set(shops);
        }
        List<Future<?>> loading = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            loading.add(
                    pool.submit(
                            () -> {
                                int s;
                                while ((s = next.getAndIncrement()) < shops) {
                                    User seller = new User("search-seller-" + s, "phone");
                                    ThreadLocalRandom r = ThreadLocalRandom.current();
                                    // within ~20 km of the centre
                                    openShop(
                                            seller,
                                            lat0 + (r.nextDouble() - 0.5) * 0.36,
                                            lon0 + (r.nextDouble() - 0.5) * 0.58);
                                    int per = s == shops - 1 ? listings - 10 * (shops - 1) : 10;
                                    for (int k = 0; k < per; k++) {
                                        String title =
                                                WORDS[r.nextInt(WORDS.length)]
                                                        + " lessons "
                                                        + WORDS[r.nextInt(WORDS.length)];
                                        boolean last = s == shops - 1 && k == per - 1;
                                        String id =
                                                publish(
                                                        seller,
                                                        last ? title + " " + marker : title,
                                                        "tutoring");
                                        lastId.incrementAndGet();
                                        if (last) {
                                            markerId[0] = id;
                                        }
                                    }
                                }
                                return null;
                            }));
        }
        for (Future<?> f : loading) {
            f.get();
        }
        long loaded = System.nanoTime() - t0;
        // matching-service learns listings from Kafka: wait for the last one (10 min at most).
        String probe =
                String.format(
                        Locale.ROOT,
                        "%s/api/search?lat=%f&lon=%f&radiusKm=50&q=%s",
                        stack.url(MATCHING),
                        lat0,
                        lon0,
                        marker);
        while (!get(probe, null).body().contains(markerId[0])) {
            Thread.sleep(200);
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
                throw new IllegalStateException("listings not searchable after 10 min");
            }
        }
        long indexed = System.nanoTime() - t0;
        // escrow-service copies every listing too; timed while it still did, search would share
        // the machine with that copy (its CPU showed up in the search rows until stop 17).
        try (Admin kafka =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.config().kafkaBootstrapServers()))) {
            ConsumerLag.awaitCaughtUp(
                    kafka, ESCROW, Topics.LISTING_LISTINGS, Duration.ofMinutes(10));
        }
        long copied = System.nanoTime() - t0;
        row(
                "search: listings loaded via " + via,
                Integer.toString(listings),
                String.format(
                        Locale.ROOT,
                        "%s s to publish (%.0f/s), %s s until the last is searchable (%.0f/s),"
                                + " %s s until escrow-service has copied all (search is timed"
                                + " after that)",
                        secs(loaded),
                        listings / (loaded / 1e9),
                        secs(indexed),
                        listings / (indexed / 1e9),
                        secs(copied)),
                "100k");
        // Right after a bulk load PostgreSQL still vacuums, analyzes and sets hint bits on the new
        // rows; a window opened then measured that, at a third of the steady rate (stop 17).
        int warmup = Integer.getInteger("bench.search.warmup", 30);
        searchLoad(pool, warmup, lat0, lon0, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        int seconds = Integer.getInteger("bench.search.seconds", 20);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, CpuTime> cpuBefore = cpu.snapshot();
        searchLoad(pool, seconds, lat0, lon0, latencies, errors);
        Map<String, CpuTime> cpuAfter = cpu.snapshot();
        pool.shutdown();
        cpuPerCycle(
                "search: CPU per request (all processes)", cpuBefore, cpuAfter, latencies.size());
        row(
                "search over HTTP at " + listings + " listings: req/s",
                String.format(Locale.ROOT, "%.0f", latencies.size() / (double) seconds),
                clients
                        + " clients, "
                        + seconds
                        + " s after "
                        + warmup
                        + " s of warm-up, radius 5 km, one word; errors "
                        + errors.get(),
                "at 100k");
        row(
                "search over HTTP: p50 / p99",
                p(latencies, 50) + " / " + p(latencies, 99) + " ms",
                "",
                "");
    }

    /** Every client searches at random points with a random word until {@code seconds} pass. */
    private void searchLoad(
            ExecutorService pool,
            int seconds,
            double lat0,
            double lon0,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger errors)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(
                    pool.submit(
                            () -> {
                                ThreadLocalRandom r = ThreadLocalRandom.current();
                                while (System.nanoTime() < end) {
                                    String url =
                                            String.format(
                                                    Locale.ROOT,
                                                    "%s/api/search?lat=%f&lon=%f&radiusKm=5&q=%s",
                                                    stack.url(MATCHING),
                                                    lat0 + (r.nextDouble() - 0.5) * 0.36,
                                                    lon0 + (r.nextDouble() - 0.5) * 0.58,
                                                    WORDS[r.nextInt(WORDS.length)]);
                                    long t = System.nanoTime();
                                    try {
                                        if (get(url, null).statusCode() != 200) {
                                            errors.incrementAndGet();
                                        } else {
                                            latencies.add(System.nanoTime() - t);
                                        }
                                    } catch (Exception e) {
                                        errors.incrementAndGet();
                                    }
                                }
                                return null;
                            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void openShop(User seller, double lat, double lon) throws Exception {
        HttpResponse<String> r =
                send(
                        HttpRequest.newBuilder(URI.create(stack.url(LISTING) + "/api/shops/me"))
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                String.format(
                                                        Locale.ROOT,
                                                        "{\"displayName\":\"Shop %s\",\"bio\":\"Benchmark shop\","
                                                                + "\"languages\":[\"en\"],\"location\":{\"lat\":%f,\"lon\":%f},"
                                                                + "\"serviceRadiusKm\":5}",
                                                        seller.id,
                                                        lat,
                                                        lon))),
                        seller);
        expect(r, 201);
    }

    private String publish(User seller, String title, String category) throws Exception {
        HttpResponse<String> r =
                post(
                        stack.url(LISTING) + "/api/listings",
                        seller,
                        "{\"kind\":\"SERVICE\",\"title\":\""
                                + title
                                + "\",\"description\":\"Offered by "
                                + seller.id
                                + "\",\"category\":\""
                                + category
                                + "\",\"tags\":[\"bench\"],\"price\":{\"amount\":\""
                                + PRICE
                                + "\",\"currency\":\"CNY\",\"unit\":\"HOUR\"}}");
        expect(r, 201);
        return id(r.body());
    }

    private HttpResponse<String> post(String url, User user, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    private HttpResponse<String> get(String url, User user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, User user) throws Exception {
        request.header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(
                    r.request().method()
                            + " "
                            + r.uri().getPath()
                            + ": "
                            + r.statusCode()
                            + " "
                            + r.body());
        }
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    private final class User {
        final String id;
        final String kyc;
        private String token;

        User(String role, String kyc) {
            this.id = role + "-" + UUID.randomUUID().toString().substring(0, 8);
            this.kyc = kyc;
        }

        synchronized String token() {
            if (token == null) {
                token = stack.token(id, kyc, false);
            }
            return token;
        }
    }

    private static final class Pair {
        final User buyer;
        final User seller;
        final String listing;
        final ConcurrentLinkedQueue<BigDecimal> fees = new ConcurrentLinkedQueue<>();

        Pair(User buyer, User seller, String listing) {
            this.buyer = buyer;
            this.seller = seller;
            this.listing = listing;
        }
    }

    // ---------------------------------------------------------------- stack and report

    private static StackConfig config() {
        Path root = Path.of(System.getProperty("nearhand.root", ".."));
        Path home = Path.of(System.getProperty("bench.stack.home", "target/bench-stack"));
        return StackConfig.defaults(new StackLayout(root, home)).onFreePorts();
    }

    private void row(String what, String value, String note, String target) {
        rows.put(what, new String[] {value, note, target});
        System.out.printf(Locale.ROOT, "[bench] %s: %s %s%n", what, value, note);
    }

    private void print() {
        int w = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
        int v = rows.values().stream().mapToInt(r -> r[0].length()).max().orElse(10);
        int t = Math.max(6, rows.values().stream().mapToInt(r -> r[2].length()).max().orElse(6));
        String fmt = "| %-" + w + "s | %-" + v + "s | %-" + t + "s | %s |%n";
        System.out.println();
        System.out.printf(Locale.ROOT, fmt, "measure", "result", "target", "notes");
        System.out.printf(Locale.ROOT, fmt, "-".repeat(w), "-".repeat(v), "-".repeat(t), "---");
        rows.forEach((k, r) -> System.out.printf(Locale.ROOT, fmt, k, r[0], r[2], r[1]));
    }

    private static String p(java.util.Collection<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1e6);
    }

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    private static String load() {
        try {
            return "loadavg " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String memory() {
        long kb = procField("/proc/meminfo", "MemTotal:");
        return String.format(Locale.ROOT, "%.0f GiB", kb / 1048576.0);
    }
}
