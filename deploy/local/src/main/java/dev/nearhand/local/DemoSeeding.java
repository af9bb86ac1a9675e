package dev.nearhand.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeds a {@link DemoPlan} many users at a time: shops and listings, then trades, reviewing each
 * trade as it is released.
 */
final class DemoSeeding {

    private final DemoListings listings;
    private final DemoEscrows escrows;
    private final DemoReviews reviews;
    private final DemoProgress progress;

    DemoSeeding(DemoApi api, DemoProgress progress) {
        this.listings = new DemoListings(api);
        this.escrows = new DemoEscrows(api);
        this.reviews = new DemoReviews(api);
        this.progress = progress;
    }

    void seed(DemoPlan plan) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ExecutorService reviewPool = Executors.newFixedThreadPool(4);
        try {
            // 1. Shops and listings, as their owners.
            AtomicInteger createdListings = new AtomicInteger();
            List<Callable<List<String>>> shopTasks = new ArrayList<>();
            for (DemoPlan.Shop shop : plan.shops()) {
                shopTasks.add(() -> listings.open(shop, createdListings));
            }
            List<List<String>> listingIds = all(pool, shopTasks);
            progress.shopsReady(createdListings.get(), plan.offerCount());

            // 2. Trades: each buyer tops up once, then buys one thing after another (so that open
            // exposure stays far below the limits); sellers accept and deliver, buyers release.
            Map<String, List<DemoPlan.Trade>> byBuyer = new LinkedHashMap<>();
            for (DemoPlan.Trade trade : plan.trades()) {
                byBuyer.computeIfAbsent(trade.buyer(), b -> new ArrayList<>()).add(trade);
            }
            // 3. As each trade is released, both parties review it (on a pool of their own;
            // published once both have written theirs).
            AtomicInteger replayed = new AtomicInteger();
            AtomicInteger written = new AtomicInteger();
            List<Future<?>> reviewing = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Void>> buyerTasks = new ArrayList<>();
            for (Map.Entry<String, List<DemoPlan.Trade>> entry : byBuyer.entrySet()) {
                buyerTasks.add(
                        () -> {
                            escrows.topUp(entry.getKey());
                            Map<String, String> done = escrows.released(entry.getKey());
                            for (DemoPlan.Trade trade : entry.getValue()) {
                                String seller = plan.shops().get(trade.shop()).userId();
                                String listingId = listingIds.get(trade.shop()).get(trade.offer());
                                String escrow = done.get(listingId);
                                if (escrow == null) {
                                    escrow = escrows.trade(trade, seller, listingId);
                                } else {
                                    replayed.incrementAndGet();
                                }
                                String released = escrow;
                                reviewing.add(
                                        reviewPool.submit(
                                                () ->
                                                        reviews.reviewBoth(
                                                                trade, seller, released, written)));
                            }
                            return null;
                        });
            }
            all(pool, buyerTasks);
            int trades = plan.trades().size();
            progress.tradesReleased(trades, replayed.get());
            for (Future<?> review : reviewing) {
                try {
                    review.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IOException(e.getCause());
                }
            }
            progress.reviewsWritten(written.get(), trades);
        } finally {
            pool.shutdownNow();
            reviewPool.shutdownNow();
        }
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks)
            throws InterruptedException, IOException {
        List<Future<T>> futures = pool.invokeAll(tasks);
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause);
            }
        }
        return results;
    }
}
