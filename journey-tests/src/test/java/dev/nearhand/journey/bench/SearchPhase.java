package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchTable.p;

import dev.nearhand.journey.bench.CpuMeter.CpuTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search over HTTP under load: N listings around Berlin ({@link ListingLoad}), then every client
 * searches 5 km around random points for one word of a 16-word vocabulary, untimed and then timed.
 */
final class SearchPhase {

    private static final double LAT = 52.52;
    private static final double LON = 13.40;
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

    private final BenchRun run;

    SearchPhase(BenchRun run) {
        this.run = run;
    }

    void measure(int listings) throws Exception {
        new ListingLoad(run).load(listings, LAT, LON, WORDS);
        ExecutorService pool = Executors.newFixedThreadPool(run.clients());
        // Right after a bulk load PostgreSQL still vacuums, analyzes and sets hint bits on the new
        // rows; a window opened then measured that, at a third of the steady rate (stop 17).
        int warmup = Integer.getInteger("bench.search.warmup", 30);
        searchLoad(pool, warmup, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        int seconds = Integer.getInteger("bench.search.seconds", 20);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, CpuTime> cpuBefore = run.cpu().snapshot();
        searchLoad(pool, seconds, latencies, errors);
        Map<String, CpuTime> cpuAfter = run.cpu().snapshot();
        pool.shutdown();
        BenchTable table = run.table();
        table.cpuPerUnit(
                "search: CPU per request (all processes)", cpuBefore, cpuAfter, latencies.size());
        table.row(
                "search over HTTP at " + listings + " listings: req/s",
                String.format(Locale.ROOT, "%.0f", latencies.size() / (double) seconds),
                run.clients()
                        + " clients, "
                        + seconds
                        + " s after "
                        + warmup
                        + " s of warm-up, radius 5 km, one word; errors "
                        + errors.get(),
                "at 100k");
        table.row(
                "search over HTTP: p50 / p99",
                p(latencies, 50) + " / " + p(latencies, 99) + " ms",
                "",
                "");
    }

    /** Every client searches at random points with a random word until {@code seconds} pass. */
    private void searchLoad(
            ExecutorService pool,
            int seconds,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger errors)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < run.clients(); c++) {
            running.add(
                    pool.submit(
                            () -> {
                                ThreadLocalRandom r = ThreadLocalRandom.current();
                                while (System.nanoTime() < end) {
                                    String url =
                                            String.format(
                                                    Locale.ROOT,
                                                    "%s/api/search?lat=%f&lon=%f&radiusKm=5&q=%s",
                                                    run.api().url(BenchApi.MATCHING),
                                                    LAT + (r.nextDouble() - 0.5) * 0.36,
                                                    LON + (r.nextDouble() - 0.5) * 0.58,
                                                    WORDS[r.nextInt(WORDS.length)]);
                                    long t = System.nanoTime();
                                    try {
                                        if (run.api().http().get(url, null).statusCode() != 200) {
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
}
