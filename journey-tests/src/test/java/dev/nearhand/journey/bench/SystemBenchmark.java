package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchTable.cpus;
import static dev.nearhand.journey.bench.BenchTable.load;
import static dev.nearhand.journey.bench.BenchTable.memory;
import static dev.nearhand.journey.bench.BenchTable.secs;

import dev.nearhand.local.EmbeddedStack;
import dev.nearhand.local.StackConfig;
import dev.nearhand.local.StackLayout;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    private final BenchTable table = new BenchTable();
    private EmbeddedStack stack;

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
        bench.table.print();
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
        if (loader instanceof URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | RuntimeException e) {
                    // not a file
                }
            }
            if (!entries.isEmpty()) {
                System.setProperty("nearhand.classpath", String.join(File.pathSeparator, entries));
            }
        }
    }

    private void run() throws Exception {
        table.row(
                "machine",
                load(),
                cpus() + " cpus, " + memory() + ", JDK " + Runtime.version(),
                "");
        long t0 = System.nanoTime();
        stack = EmbeddedStack.start(config(), Duration.ofMinutes(3));
        BenchRun run =
                new BenchRun(
                        stack,
                        new CpuMeter(stack, BenchApi.SERVICES),
                        new BenchApi(stack),
                        table,
                        Integer.getInteger("bench.clients", 32));
        table.row(
                "stack start (services in waves of one per two cores)",
                secs(System.nanoTime() - t0) + " s",
                "PostgreSQL, Kafka, then the services",
                "");
        FootprintPhase footprint = new FootprintPhase(run);
        footprint.idle();
        LagPhase lags = new LagPhase(run);
        int searchLags = Integer.getInteger("bench.lag.search", 30);
        if (searchLags > 0) {
            lags.listingToSearch(searchLags);
        } else {
            table.row("lag: listing published -> in search", "skipped", "bench.lag.search=0", "");
        }
        int creditLags = Integer.getInteger("bench.lag.credit", 20);
        if (creditLags > 0) {
            lags.releaseToCredit(creditLags);
        } else {
            table.row(
                    "lag: escrow released -> credit changed", "skipped", "bench.lag.credit=0", "");
        }
        new EscrowPhase(run).measure();
        if (Boolean.parseBoolean(System.getProperty("bench.floor", "true"))) {
            new FloorPhase(run).measure();
        }
        int listings = Integer.getInteger("bench.search.listings", 5000);
        if (listings > 0) {
            new SearchPhase(run).measure(listings);
        } else {
            table.row(
                    "search under load", "skipped", "bench.search.listings=0", ">= 100k listings");
        }
        if (Boolean.parseBoolean(System.getProperty("bench.restarts", "true"))) {
            footprint.restarts();
        }
        table.row("load average at the end", load(), "", "");
    }

    private static StackConfig config() {
        Path root = Path.of(System.getProperty("nearhand.root", ".."));
        Path home = Path.of(System.getProperty("bench.stack.home", "target/bench-stack"));
        return StackConfig.defaults(new StackLayout(root, home)).onFreePorts();
    }
}
