package dev.nearhand.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole local stack owned by the calling JVM (end-to-end tests): the same PostgreSQL, Kafka and
 * service processes as {@code ./nearhand up}, on the home and ports of a {@link StackConfig}.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);

    private final StackConfig config;
    private final Supervisor supervisor;
    private final PrivateKey signingKey;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedStack(StackConfig config, Supervisor supervisor, PrivateKey signingKey) {
        this.config = config;
        this.supervisor = supervisor;
        this.signingKey = signingKey;
        this.shutdownHook = new Thread(supervisor::stop, "embedded-stack-stop");
    }

    /**
     * Starts everything from empty databases and topics and waits until every service is ready; on
     * any failure stops what it started and throws with the end of the failing component's log. The
     * home must be the stack's own (never {@code ./nearhand}'s), since its data is wiped.
     */
    public static EmbeddedStack start(StackConfig config, Duration timeout) throws Exception {
        StackLayout layout = config.layout();
        if (layout.home().equals(new StackLayout(layout.root()).home())) {
            throw new IllegalArgumentException(
                    "an embedded stack wipes its data: give it a home of its own, not "
                            + layout.home());
        }
        requireBuilt(config);
        layout.createDirectories();
        // A test JVM killed during an earlier run leaves its children behind; they hold our ports.
        new StackStopper(layout, new PrintStream(OutputStream.nullOutputStream()))
                .stopLeftovers(StackState.read(layout.stateFile()));
        ResetCommand.deleteTree(layout.dataDir());
        Ports.requireFree(Ports.claims(config));
        LocalKeys keys = new LocalKeys(layout.keysDir());
        keys.ensure();
        Supervisor supervisor = new Supervisor(config);
        EmbeddedStack stack = new EmbeddedStack(config, supervisor, keys.privateKey());
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            supervisor.start();
            for (String service : config.serviceNames()) {
                stack.awaitReady(service, timeout);
            }
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private static void requireBuilt(StackConfig config) {
        Path root = config.layout().root();
        List<String> missing =
                config.services().stream()
                        .map(service -> service.jar(root))
                        .filter(jar -> !Files.isRegularFile(jar))
                        .map(Path::toString)
                        .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "not built: "
                            + String.join(", ", missing)
                            + " (build the services first, e.g. ./mvnw -B verify -pl journey-tests -am)");
        }
    }

    public StackConfig config() {
        return config;
    }

    public String url(String service) {
        return config.serviceUrl(service);
    }

    /** A JWT the services accept, as {@code ./nearhand token} issues (kyc none, phone or id). */
    public String token(String user, String kyc, boolean operator) {
        return TokenIssuer.issue(signingKey, user, kyc, operator, Instant.now());
    }

    /** SIGKILL, as a crash: no shutdown hooks, no graceful close of connections. */
    public void kill(String service) throws InterruptedException {
        Process process = supervisor.endingOnPurpose(service);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(service + " survived SIGKILL for 30 s");
        }
    }

    /** Starts a stopped service again with the same configuration and waits until it is ready. */
    public void restart(String service, Duration timeout) throws IOException, InterruptedException {
        supervisor.restart(service);
        awaitReady(service, timeout);
    }

    /** A service's process: running, or as it exited. */
    Process process(String service) {
        return supervisor.process(service);
    }

    /** A running service's process, for a caller that ends it and expects it to exit. */
    Process endingOnPurpose(String service) {
        return supervisor.endingOnPurpose(service);
    }

    /** The process id of a running service, to tell a restarted process from the old one. */
    public long pid(String service) {
        return supervisor.process(service).pid();
    }

    public Path log(String component) {
        return config.layout().log(component);
    }

    private void awaitReady(String service, Duration timeout)
            throws IOException, InterruptedException {
        String readiness = config.service(service).readinessUrl();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Readiness.httpOk(readiness)) {
            Process process = supervisor.process(service);
            if (!process.isAlive()) {
                throw new IOException(
                        service
                                + " exited with code "
                                + process.exitValue()
                                + " during start-up"
                                + logTail(service));
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(
                        service
                                + " not ready within "
                                + timeout.toSeconds()
                                + " s"
                                + logTail(service));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private String logTail(String service) throws IOException {
        String name = config.service(service).name();
        List<String> lines = new ArrayList<>(LogFiles.lastLines(config.layout().log(name), 30));
        return lines.isEmpty()
                ? ""
                : "; end of " + config.layout().log(name) + ":\n  " + String.join("\n  ", lines);
    }

    /** Stops services, Kafka and PostgreSQL, in that order; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        supervisor.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs stop() again, which is harmless.
        }
    }
}
