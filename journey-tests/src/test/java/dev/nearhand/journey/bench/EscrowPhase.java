package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchTable.secs;

import dev.nearhand.journey.bench.BenchApi.Pair;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Escrow throughput: one buyer-seller pair per client, full cycles, then the two money moves alone
 * (with all clients and with fewer), the credit lag each loaded phase leaves, and at the end the
 * proof that no money was created or lost.
 */
final class EscrowPhase {

    private final BenchRun run;
    private final BenchApi api;

    EscrowPhase(BenchRun run) {
        this.run = run;
        this.api = run.api();
    }

    void measure() throws Exception {
        List<Pair> pairs = pairs();
        new FullCycles(run).measure(pairs);
        creditCaughtUp("escrow", pairs);
        int prepared = Integer.getInteger("bench.moves.per-client", 80);
        if (prepared > 0) {
            MoneyMoves moves = new MoneyMoves(run);
            moves.measure("escrow moves only", pairs, prepared);
            creditCaughtUp("escrow moves only", pairs);
            for (int fewer : fewerClients()) {
                moves.measure(
                        "escrow moves, " + fewer + " client(s)",
                        pairs.subList(0, Math.min(fewer, pairs.size())),
                        prepared);
            }
        }
        conservation(pairs);
    }

    private List<Pair> pairs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(run.clients());
        try {
            List<Pair> pairs = new ArrayList<>();
            for (Future<Pair> f :
                    pool.invokeAll(
                            IntStream.range(0, run.clients())
                                    .mapToObj(i -> (Callable<Pair>) () -> api.pair(i, "esc"))
                                    .toList())) {
                pairs.add(f.get());
            }
            return pairs;
        } finally {
            pool.shutdown();
        }
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

    /**
     * The credit lag under load: how long after a phase's last release reputation-service's credit
     * of every seller counts all their releases. The lag rows time one release on an idle stack;
     * this is what a phase's backlog of escrow events leaves behind.
     */
    private void creditCaughtUp(String phase, List<Pair> pairs) throws Exception {
        long t = System.nanoTime();
        String backlog;
        try (Backlog events = new Backlog(run.stack().config())) {
            backlog = events.describe();
        }
        for (Pair pair : pairs) {
            while (api.completedTrades(pair.seller) < pair.fees.size()) {
                if (System.nanoTime() - t > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException("credit still behind 10 min after " + phase);
                }
                Thread.sleep(50);
            }
        }
        run.table()
                .row(
                        phase + ": credit counts every release",
                        secs(System.nanoTime() - t) + " s after the last",
                        "poll 50 ms; escrow events at the end of the phase: " + backlog,
                        "lag p99 < 1 s");
    }

    /** Sum of available + held over every wallet, plus the fees of released escrows, = top-ups. */
    private void conservation(List<Pair> pairs) throws Exception {
        BigDecimal wallets = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal topUps =
                new BigDecimal(BenchApi.TOP_UP).multiply(BigDecimal.valueOf(pairs.size()));
        for (Pair pair : pairs) {
            for (BenchUser user : List.of(pair.buyer, pair.seller)) {
                BigDecimal[] b = api.balance(user);
                wallets = wallets.add(b[0]).add(b[1]);
                held = held.add(b[1]);
            }
            for (BigDecimal fee : pair.fees) {
                fees = fees.add(fee);
            }
        }
        boolean ok = wallets.add(fees).compareTo(topUps) == 0;
        run.table()
                .row(
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
}
