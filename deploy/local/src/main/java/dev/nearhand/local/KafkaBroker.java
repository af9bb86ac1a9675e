package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The real Kafka broker as a child JVM on this module's classpath: formatted once, started. */
final class KafkaBroker implements AutoCloseable {

    private final Process process;
    private final String bootstrapServers;
    private final int port;

    private KafkaBroker(Process process, int port) {
        this.process = process;
        this.port = port;
        this.bootstrapServers = "127.0.0.1:" + port;
    }

    /**
     * Formats the log directory unless it already holds a {@code meta.properties}; returns whether
     * it did.
     */
    static boolean formatIfNeeded(
            Path configFile, Path logDir, String clusterId, Path logFile, String classpath)
            throws IOException, InterruptedException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return false;
        }
        Files.createDirectories(logDir);
        Process format =
                new ProcessBuilder(
                                JavaCommand.javaBinary(),
                                "-Xmx256m",
                                "-cp",
                                classpath,
                                "kafka.tools.StorageTool",
                                "format",
                                "--ignore-formatted",
                                "-t",
                                clusterId,
                                "-c",
                                configFile.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .start();
        if (!format.waitFor(2, TimeUnit.MINUTES)) {
            format.destroyForcibly();
            throw new IOException(
                    "formatting Kafka storage took more than two minutes; see " + logFile);
        }
        if (format.exitValue() != 0) {
            throw new IOException(
                    "formatting Kafka storage failed (exit "
                            + format.exitValue()
                            + "); see "
                            + logFile);
        }
        return true;
    }

    static KafkaBroker start(Path configFile, Path logFile, String classpath, int port)
            throws IOException {
        List<String> command = new ArrayList<>(JavaCommand.ownSession());
        command.addAll(
                List.of(
                        JavaCommand.javaBinary(),
                        "-Xms128m",
                        "-Xmx384m",
                        "-Djava.awt.headless=true",
                        "-cp",
                        classpath,
                        "kafka.Kafka",
                        configFile.toString()));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .start();
        return new KafkaBroker(process, port);
    }

    Process process() {
        return process;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Waits for the listener, failing early if the broker exits or the caller gives up (a stop
     * during start-up).
     */
    void awaitListening(Duration timeout, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Readiness.tcp(port)) {
            if (!process.isAlive()) {
                throw new IOException(
                        "the Kafka broker exited with code "
                                + process.exitValue()
                                + " while starting");
            }
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("stopped while Kafka was starting");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(
                        "the Kafka broker did not open port "
                                + port
                                + " within "
                                + timeout.toSeconds()
                                + " s");
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM is a controlled shutdown (about two seconds); SIGKILL only if it hangs. */
    @Override
    public void close() {
        ProcessControl.stop(process.toHandle(), ProcessControl.GRACE);
    }
}
