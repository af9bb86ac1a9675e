package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchApi.fee;
import static dev.nearhand.journey.bench.BenchHttp.expect;
import static dev.nearhand.journey.bench.BenchTable.p;
import static dev.nearhand.journey.bench.BenchTable.secs;

import dev.nearhand.journey.bench.BenchApi.Pair;
import dev.nearhand.journey.bench.CpuMeter.CpuTime;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two money moves alone. Each client first readies escrows of its own pair, {@code perClient}
 * opened (to confirm) and as many confirmed, accepted and delivered (to release); then all start
 * together and each confirms one and releases one until its escrows run out. The seller's accept
 * and deliver and the buyer's open happen before the clock starts: this is what confirm and release
 * cost, not what a whole trade costs ({@link FullCycles}).
 */
final class MoneyMoves {

    private final BenchRun run;
    private final BenchApi api;

    MoneyMoves(BenchRun run) {
        this.run = run;
        this.api = run.api();
    }

    /** Escrows of one pair awaiting confirmation, and as many delivered (awaiting release). */
    private record Readied(List<String> toConfirm, List<String> toRelease) {}

    void measure(String phase, List<Pair> pairs, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(pairs.size());
        List<Readied> ready = new ArrayList<>();
        for (Future<Readied> f :
                pool.invokeAll(
                        pairs.stream()
                                .map(pair -> (Callable<Readied>) () -> ready(pair, perClient))
                                .toList())) {
            ready.add(f.get());
        }
        ConcurrentLinkedQueue<Long> confirms = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> releases = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            Readied escrows = ready.get(i);
            running.add(
                    pool.submit(
                            () -> {
                                go.await();
                                for (int k = 0; k < perClient; k++) {
                                    try {
                                        long t = System.nanoTime();
                                        expect(
                                                api.move(
                                                        pair.buyer,
                                                        escrows.toConfirm().get(k),
                                                        "confirm"),
                                                200);
                                        confirms.add(System.nanoTime() - t);
                                        t = System.nanoTime();
                                        HttpResponse<String> released =
                                                api.move(
                                                        pair.buyer,
                                                        escrows.toRelease().get(k),
                                                        "release");
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
        try (Backlog events = new Backlog(run.stack().config())) {
            events.awaitConsumed(); // the readying's events
        }
        Map<String, CpuTime> cpuBefore = run.cpu().snapshot();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        long took = System.nanoTime() - start;
        Map<String, CpuTime> cpuAfter = run.cpu().snapshot();
        pool.shutdown();
        int done = releases.size();
        BenchTable table = run.table();
        table.cpuPerUnit(phase + ": CPU per pair (all processes)", cpuBefore, cpuAfter, done);
        table.row(
                phase + ": confirm+release pairs/s (" + pairs.size() + " clients)",
                String.format(Locale.ROOT, "%.1f", done / (took / 1e9)),
                done
                        + " pairs in "
                        + secs(took)
                        + " s on escrows opened, and accepted + delivered, beforehand; errors "
                        + errors.get(),
                ">= 500");
        table.row(
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

    private Readied ready(Pair pair, int count) throws Exception {
        List<String> toConfirm = new ArrayList<>();
        List<String> toRelease = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            toConfirm.add(api.openEscrow(pair, Duration.ZERO));
            String escrow = api.openEscrow(pair, Duration.ZERO);
            expect(api.move(pair.buyer, escrow, "confirm"), 200);
            expect(api.move(pair.seller, escrow, "accept"), 200);
            expect(api.move(pair.seller, escrow, "deliver"), 200);
            toRelease.add(escrow);
        }
        return new Readied(toConfirm, toRelease);
    }
}
