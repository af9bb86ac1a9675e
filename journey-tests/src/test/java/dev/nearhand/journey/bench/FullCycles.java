package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchApi.fee;
import static dev.nearhand.journey.bench.BenchHttp.expect;
import static dev.nearhand.journey.bench.BenchTable.load;
import static dev.nearhand.journey.bench.BenchTable.p;

import dev.nearhand.journey.bench.BenchApi.Pair;
import dev.nearhand.journey.bench.CpuMeter.CpuTime;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whole trades, as fast as the clients go: each pair loops open, confirm, accept, deliver, release
 * for a warm-up and then a measured window; a cycle counts when its release completes inside it.
 */
final class FullCycles {

    private final BenchRun run;
    private final BenchApi api;
    private final ConcurrentLinkedQueue<Long> confirms = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> releases = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> cycles = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    FullCycles(BenchRun run) {
        this.run = run;
        this.api = run.api();
    }

    void measure(List<Pair> pairs) throws Exception {
        int seconds = Integer.getInteger("bench.escrow.seconds", 30);
        int warmup = Integer.getInteger("bench.escrow.warmup", 5);
        ExecutorService pool = Executors.newFixedThreadPool(pairs.size());
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (Pair pair : pairs) {
            running.add(pool.submit(() -> loop(pair, measureFrom, end)));
        }
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime())));
        Map<String, CpuTime> cpuBefore = run.cpu().snapshot();
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        Map<String, CpuTime> cpuAfter = run.cpu().snapshot();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        BenchTable table = run.table();
        table.row("load average after the escrow phase", load(), "the 1-min figure covers it", "");
        int done = cycles.size();
        table.cpuPerUnit("escrow: CPU per cycle (all processes)", cpuBefore, cpuAfter, done);
        table.row(
                "escrow: confirm+release pairs/s (" + pairs.size() + " clients)",
                String.format(Locale.ROOT, "%.1f", done / (double) seconds),
                done
                        + " full cycles (open, confirm, accept, deliver, release) in "
                        + seconds
                        + " s after "
                        + warmup
                        + " s warm-up; errors "
                        + errors.get()
                        + (firstErrors.isEmpty() ? "" : " e.g. " + firstErrors.peek()),
                ">= 500");
        table.row(
                "escrow: confirm p50 / p99",
                p(confirms, 50) + " / " + p(confirms, 99) + " ms",
                "",
                "p99 < 100 ms");
        table.row(
                "escrow: release p50 / p99",
                p(releases, 50) + " / " + p(releases, 99) + " ms",
                "",
                "p99 < 100 ms");
        table.row(
                "escrow: whole cycle (5 calls) p50 / p99",
                p(cycles, 50) + " / " + p(cycles, 99) + " ms",
                "",
                "");
    }

    /** One client's cycles until {@code end}; the first open waits for the listing's copy. */
    private Void loop(Pair pair, long measureFrom, long end) {
        boolean first = true;
        while (System.nanoTime() < end) {
            try {
                long c0 = System.nanoTime();
                String escrow =
                        api.openEscrow(pair, first ? Duration.ofSeconds(60) : Duration.ZERO);
                first = false;
                long t = System.nanoTime();
                expect(api.move(pair.buyer, escrow, "confirm"), 200);
                long confirm = System.nanoTime() - t;
                expect(api.move(pair.seller, escrow, "accept"), 200);
                expect(api.move(pair.seller, escrow, "deliver"), 200);
                t = System.nanoTime();
                HttpResponse<String> released = api.move(pair.buyer, escrow, "release");
                expect(released, 200);
                long now = System.nanoTime();
                pair.fees.add(fee(released.body()));
                if (t >= measureFrom && now <= end) {
                    confirms.add(confirm);
                    releases.add(now - t);
                    cycles.add(now - c0);
                }
            } catch (Exception e) {
                errors.incrementAndGet();
                if (firstErrors.size() < 3) {
                    firstErrors.add(e.getMessage());
                }
            }
        }
        return null;
    }
}
