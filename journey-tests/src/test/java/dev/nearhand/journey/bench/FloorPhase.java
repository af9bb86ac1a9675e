package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchTable.cpus;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a confirm + release pair costs at the least on this machine (see {@link CostFloor}): two
 * authenticated requests and two durable commits, each timed alone with all clients.
 */
final class FloorPhase {

    private final BenchRun run;

    FloorPhase(BenchRun run) {
        this.run = run;
    }

    void measure() throws Exception {
        int clients = run.clients();
        BenchTable table = run.table();
        CostFloor floor =
                new CostFloor(
                        run.cpu(),
                        clients,
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(Integer.getInteger("bench.floor.seconds", 10)));
        List<String> tokens =
                IntStream.range(0, clients)
                        .mapToObj(i -> run.api().user("floor", "id").token())
                        .toList();
        CostFloor.Phase refused =
                floor.refusedConfirms(
                        run.api().http().client(), run.api().url(BenchApi.ESCROW), tokens);
        double request =
                table.cpuPerUnit(
                        "floor: CPU per refused confirm (all processes)",
                        refused.before(),
                        refused.after(),
                        refused.units());
        table.row(
                "floor: confirms refused before any database work/s (" + clients + " clients)",
                String.format(Locale.ROOT, "%.0f", refused.perSecond()),
                "POST /api/escrows/{unknown}/confirm with a 201-character Idempotency-Key: route,"
                        + " token check,"
                        + " 400 problem+json; other answers "
                        + refused.errors(),
                "");
        CostFloor.Phase commits =
                floor.durableCommits(
                        run.stack().config().jdbcUrl("postgres"),
                        run.stack().config().jdbcUrl("bench_floor"));
        double commit =
                table.cpuPerUnit(
                        "floor: CPU per durable commit (all processes)",
                        commits.before(),
                        commits.after(),
                        commits.units());
        table.row(
                "floor: durable one-row commits/s (" + clients + " connections)",
                String.format(Locale.ROOT, "%.0f", commits.perSecond()),
                "UPDATE of one row in autocommit, WAL flushed at each commit; other answers "
                        + commits.errors(),
                "");
        double pair = 2 * (request + commit);
        table.row(
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
}
