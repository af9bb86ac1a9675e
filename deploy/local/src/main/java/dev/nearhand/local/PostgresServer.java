package dev.nearhand.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded PostgreSQL (zonky) on a fixed port, with a data directory kept across runs. */
final class PostgresServer implements AutoCloseable {

    // setCleanDataDirectory(false): zonky runs initdb only when the directory has no
    // postgresql.conf yet, and never deletes it on close. As root it runs the binaries under
    // `unshare -U` (an unmapped user, so initdb does not refuse root); files stay owned by root.

    static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static PostgresServer start(Path dataDir, int port, Path logFile) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres postgres =
                EmbeddedPostgres.builder()
                        .setPort(port)
                        .setDataDirectory(dataDir.toFile())
                        .setCleanDataDirectory(false)
                        // The supervisor stops PostgreSQL itself, after the services that use it.
                        .setRegisterShutdownHook(false)
                        // Unicode character classes for pg_trgm (Chinese and German search); only
                        // read by initdb.
                        .setLocaleConfig("locale", "C.UTF-8")
                        // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit=off,
                        // made for throwaway test databases; this stack holds wallets, so a commit
                        // is on disk before the client hears of it (-c options win over -F).
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        // A file, not zonky's pipe: the postmaster outlives the supervisor if that
                        // is killed.
                        .setOutputRedirector(log)
                        .setErrorRedirector(log)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
        return new PostgresServer(postgres, dataDir);
    }

    int port() {
        return postgres.getPort();
    }

    /**
     * A superuser connection to one database; local connections are trusted (initdb {@code -A
     * trust}).
     */
    DataSource superuser(String database) {
        return postgres.getDatabase(SUPERUSER, database);
    }

    Optional<ProcessHandle> postmaster() {
        return findPostmaster(dataDir);
    }

    /**
     * Stops with {@code pg_ctl stop -m fast}, then makes sure: that command gives up after five
     * seconds.
     */
    @Override
    public void close() throws IOException {
        postgres.close();
        findPostmaster(dataDir).ifPresent(PostgresServer::stopPostmaster);
    }

    /**
     * Stops the server if it was started, and in any case a postmaster running in its directory: a
     * stop may arrive while zonky is still starting it, before {@code server} is set.
     */
    static void stop(PostgresServer server, Path dataDir) {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("pg_ctl stop failed: {}", e.toString());
        }
        findPostmaster(dataDir).ifPresent(PostgresServer::stopPostmaster);
    }

    /**
     * The postmaster recorded in the data directory's {@code postmaster.pid}, if it is still
     * running.
     */
    static Optional<ProcessHandle> findPostmaster(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        } catch (IOException e) {
            // No file (never started, or stopped cleanly): no postmaster.
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        // A stale file after a crash may name a recycled pid: only a postgres binary counts.
        return ProcessControl.find(Long.parseLong(lines.get(0).trim()), 0)
                .filter(
                        process ->
                                process.info()
                                        .command()
                                        .map(command -> command.endsWith("/postgres"))
                                        .orElse(true));
    }

    /**
     * SIGINT is PostgreSQL's "fast" shutdown: it ends sessions instead of waiting for them (SIGTERM
     * would).
     */
    static boolean stopPostmaster(ProcessHandle postmaster) {
        ProcessControl.signal(postmaster, "INT");
        if (ProcessControl.awaitExit(List.of(postmaster), Duration.ofSeconds(15))) {
            return true;
        }
        return ProcessControl.stop(postmaster, Duration.ZERO);
    }
}
