package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchHttp.expect;
import static dev.nearhand.journey.bench.BenchTable.p;

import dev.nearhand.journey.bench.BenchApi.Pair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Event lags on an idle stack, each timed from before the request that causes it until a poll
 * (every 20 ms) of another service shows the effect.
 */
final class LagPhase {

    /**
     * Samples taken first and reported apart: the first ones after start-up run cold code on every
     * hop (the first listing 0.7 s to searchable, the next four 0.1-0.25 s, then p99 ~0.1 s).
     */
    private static final int WARM_UP = 5;

    private final BenchRun run;
    private final BenchApi api;

    LagPhase(BenchRun run) {
        this.run = run;
        this.api = run.api();
    }

    /** A listing published on listing-service until matching-service finds it by its one word. */
    void listingToSearch(int samples) throws Exception {
        BenchUser seller = api.user("lag-seller", "phone");
        double lat = 48.1 + ThreadLocalRandom.current().nextDouble();
        double lon = 11.5 + ThreadLocalRandom.current().nextDouble();
        api.openShop(seller, lat, lon);
        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < samples + WARM_UP; i++) {
            String word = "lagword" + UUID.randomUUID().toString().substring(0, 8);
            long t = System.nanoTime();
            String id = api.publish(seller, "Tutoring " + word, "tutoring");
            String url =
                    String.format(
                            Locale.ROOT,
                            "%s/api/search?lat=%f&lon=%f&radiusKm=2&q=%s",
                            api.url(BenchApi.MATCHING),
                            lat,
                            lon,
                            word);
            while (!api.http().get(url, null).body().contains(id)) {
                Thread.sleep(20);
                if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IllegalStateException("listing " + id + " not in search after 30 s");
                }
            }
            lags.add(System.nanoTime() - t);
        }
        row("lag: listing published -> in search (p50 / p99)", lags, "from before POST");
    }

    /** An escrow released on escrow-service until reputation-service counts the seller's trade. */
    void releaseToCredit(int samples) throws Exception {
        Pair pair = api.pair(0, "lag");
        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < samples + WARM_UP; i++) {
            String escrow = api.openEscrow(pair, Duration.ofSeconds(60));
            expect(api.move(pair.buyer, escrow, "confirm"), 200);
            expect(api.move(pair.seller, escrow, "accept"), 200);
            expect(api.move(pair.seller, escrow, "deliver"), 200);
            int before = api.completedTrades(pair.seller);
            long t = System.nanoTime();
            expect(api.move(pair.buyer, escrow, "release"), 200);
            while (api.completedTrades(pair.seller) <= before) {
                Thread.sleep(20);
                if (System.nanoTime() - t > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IllegalStateException("credit unchanged 30 s after release");
                }
            }
            lags.add(System.nanoTime() - t);
        }
        row("lag: escrow released -> credit changed (p50 / p99)", lags, "from before POST release");
    }

    /** p50 / p99 of the samples after the first {@link #WARM_UP}, which are listed apart. */
    private void row(String measure, List<Long> lags, String timedFrom) {
        List<Long> counted = lags.subList(WARM_UP, lags.size());
        run.table()
                .row(
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
                                        .collect(Collectors.joining(", "))
                                + " ms",
                        "p99 < 1 s");
    }
}
