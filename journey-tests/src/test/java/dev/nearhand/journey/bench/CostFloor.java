package dev.nearhand.journey.bench;

import dev.nearhand.journey.bench.CpuMeter.CpuTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least a confirm + release pair can cost on this stack, whatever escrow-service does inside:
 * each of the two moves is at least one authenticated HTTP request and one commit PostgreSQL must
 * flush to its write-ahead log before answering. Both are timed here at the benchmark's
 * concurrency, with the CPU every process spends on them, so that the pairs/s target can be set
 * against what the machine allows before any ledger work, event or consumer.
 */
final class CostFloor {

    private final CpuMeter meter;
    private final int clients;
    private final Duration warmUp;
    private final Duration window;

    CostFloor(CpuMeter meter, int clients, Duration warmUp, Duration window) {
        this.meter = meter;
        this.clients = clients;
        this.warmUp = warmUp;
        this.window = window;
    }

    /** Units completed inside the measured window, and each process's CPU time around it. */
    record Phase(
            int units,
            int errors,
            Duration window,
            Map<String, CpuTime> before,
            Map<String, CpuTime> after) {

        double perSecond() {
            return units / (window.toNanos() / 1e9);
        }
    }

    /** One client's connection and the unit of work it repeats. */
    private interface Client extends AutoCloseable {

        /** Does the unit once; false if the answer was not the expected one. */
        boolean once() throws Exception;

        @Override
        default void close() throws Exception {}
    }

    /** Opens client number {@code i} of {@code clients}. */
    /**
     * One unit; a request the JDK client lost on a pooled connection it was closing at that moment
     * ("header parser received no bytes", seen once in a run's floor phase) counts as an error
     * among the other answers instead of ending the program.
     */
    private static boolean onceCounted(Client client) throws Exception {
        try {
            return client.once();
        } catch (IOException lost) {
            return false;
        }
    }

    private interface ClientFactory {

        Client open(int i) throws Exception;
    }

    /**
     * {@code POST /api/escrows/{unknown}/confirm} with an {@code Idempotency-Key} one character
     * over the limit: a real confirm's route, token check and problem+json answer, refused with 400
     * before any database work. (Until stop 18 a confirm without a key was refused so; a key is
     * optional on moves now, and such a confirm looks the escrow up.)
     */
    Phase refusedConfirms(HttpClient http, String escrowServiceUrl, List<String> tokens)
            throws Exception {
        return run(
                i -> {
                    HttpRequest request =
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    escrowServiceUrl
                                                            + "/api/escrows/"
                                                            + UUID.randomUUID()
                                                            + "/confirm"))
                                    .header("Authorization", "Bearer " + tokens.get(i))
                                    .header("Idempotency-Key", "k".repeat(201))
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build();
                    return () ->
                            http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()
                                    == 400;
                });
    }

    /**
     * A one-row {@code UPDATE} in autocommit on a database of its own, each client its row: the
     * cheapest durable write transaction there is, with the commit's WAL flush every money move
     * also waits for.
     */
    Phase durableCommits(String postgresUrl, String floorUrl) throws Exception {
        prepareTable(postgresUrl, floorUrl);
        return run(
                i -> {
                    Connection connection = DriverManager.getConnection(floorUrl, "postgres", "");
                    PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE floor_row SET n = n + 1 WHERE id = ?");
                    update.setInt(1, i);
                    return new Client() {
                        @Override
                        public boolean once() throws SQLException {
                            return update.executeUpdate() == 1;
                        }

                        @Override
                        public void close() throws SQLException {
                            connection.close();
                        }
                    };
                });
    }

    private void prepareTable(String postgresUrl, String floorUrl) throws SQLException {
        try (Connection admin = DriverManager.getConnection(postgresUrl, "postgres", "");
                Statement statement = admin.createStatement()) {
            boolean exists =
                    statement
                            .executeQuery("SELECT 1 FROM pg_database WHERE datname = 'bench_floor'")
                            .next();
            if (!exists) {
                statement.execute("CREATE DATABASE bench_floor");
            }
        }
        try (Connection connection = DriverManager.getConnection(floorUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE IF NOT EXISTS floor_row (id int PRIMARY KEY, n bigint NOT NULL)");
            statement.execute(
                    "INSERT INTO floor_row SELECT g, 0 FROM generate_series(0, "
                            + (clients - 1)
                            + ") g ON CONFLICT DO NOTHING");
        }
    }

    /**
     * Every client repeats its unit through the warm-up and the window; units that finish inside
     * the window count, and CPU is read at its two ends.
     */
    private Phase run(ClientFactory clientFactory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + window.toNanos();
        AtomicInteger units = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        // A closed connection ends its PostgreSQL backend, and the CPU of an exited process is no
        // longer in the sum: clients close only once the window's CPU has been read.
        CountDownLatch measured = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            running.add(
                    pool.submit(
                            () -> {
                                try (Client c = clientFactory.open(client)) {
                                    while (System.nanoTime() < end) {
                                        boolean ok = onceCounted(c);
                                        long now = System.nanoTime();
                                        if (now < measureFrom || now > end) {
                                            continue;
                                        }
                                        (ok ? units : errors).incrementAndGet();
                                    }
                                    measured.await();
                                }
                                return null;
                            }));
        }
        Map<String, CpuTime> before;
        Map<String, CpuTime> after;
        try {
            TimeUnit.NANOSECONDS.sleep(measureFrom - System.nanoTime());
            before = meter.snapshot();
            TimeUnit.NANOSECONDS.sleep(end - System.nanoTime());
            after = meter.snapshot();
        } finally {
            measured.countDown();
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Phase(units.get(), errors.get(), window, before, after);
    }
}
