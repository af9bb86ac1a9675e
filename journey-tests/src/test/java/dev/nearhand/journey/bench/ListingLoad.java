package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchTable.secs;

import dev.nearhand.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Fills the stack with {@code listings} tutoring offers, ten per shop, spread over ~40 × 40 km
 * around a centre: over listing-service's API, or as events written straight to its topic ({@code
 * bench.search.via=topic}, the default above 10,000: the API publishes ~115/s here). Returns once
 * search finds the last one and escrow-service has copied them all.
 */
final class ListingLoad {

    private final BenchRun run;
    private final BenchApi api;

    ListingLoad(BenchRun run) {
        this.run = run;
        this.api = run.api();
    }

    void load(int listings, double lat0, double lon0, String[] words) throws Exception {
        String marker = "zzmark" + UUID.randomUUID().toString().substring(0, 6);
        long t0 = System.nanoTime();
        String via = System.getProperty("bench.search.via", listings > 10_000 ? "topic" : "api");
        String markerId =
                via.equals("topic")
                        ? TopicLoader.load(
                                run.stack().config().kafkaPort(),
                                listings,
                                lat0,
                                lon0,
                                words,
                                marker)
                        : publish(listings, lat0, lon0, words, marker);
        long loaded = System.nanoTime() - t0;
        // matching-service learns listings from Kafka: wait for the last one (10 min at most).
        String probe =
                String.format(
                        Locale.ROOT,
                        "%s/api/search?lat=%f&lon=%f&radiusKm=50&q=%s",
                        api.url(BenchApi.MATCHING),
                        lat0,
                        lon0,
                        marker);
        while (!api.http().get(probe, null).body().contains(markerId)) {
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
                                run.stack().config().kafkaBootstrapServers()))) {
            ConsumerLag.awaitCaughtUp(
                    kafka, BenchApi.ESCROW, Topics.LISTING_LISTINGS, Duration.ofMinutes(10));
        }
        long copied = System.nanoTime() - t0;
        run.table()
                .row(
                        "search: listings loaded via " + via,
                        Integer.toString(listings),
                        String.format(
                                Locale.ROOT,
                                "%s s to publish (%.0f/s), %s s until the last is searchable"
                                        + " (%.0f/s), %s s until escrow-service has copied all"
                                        + " (search is timed after that)",
                                secs(loaded),
                                listings / (loaded / 1e9),
                                secs(indexed),
                                listings / (indexed / 1e9),
                                secs(copied)),
                        "100k");
    }

    /** Publishes over the API with every client; the last listing carries the marker word. */
    private String publish(int listings, double lat0, double lon0, String[] words, String marker)
            throws Exception {
        int shops = Math.max(1, listings / 10);
        AtomicInteger next = new AtomicInteger();
        String[] markerId = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(run.clients());
        List<Future<?>> loading = new ArrayList<>();
        for (int c = 0; c < run.clients(); c++) {
            loading.add(
                    pool.submit(
                            () -> {
                                int s;
                                while ((s = next.getAndIncrement()) < shops) {
                                    BenchUser seller = api.user("search-seller-" + s, "phone");
                                    ThreadLocalRandom r = ThreadLocalRandom.current();
                                    // within ~20 km of the centre
                                    api.openShop(
                                            seller,
                                            lat0 + (r.nextDouble() - 0.5) * 0.36,
                                            lon0 + (r.nextDouble() - 0.5) * 0.58);
                                    int per = s == shops - 1 ? listings - 10 * (shops - 1) : 10;
                                    for (int k = 0; k < per; k++) {
                                        String title =
                                                words[r.nextInt(words.length)]
                                                        + " lessons "
                                                        + words[r.nextInt(words.length)];
                                        boolean last = s == shops - 1 && k == per - 1;
                                        String id =
                                                api.publish(
                                                        seller,
                                                        last ? title + " " + marker : title,
                                                        "tutoring");
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
        pool.shutdown();
        return markerId[0];
    }
}
