package dev.nearhand.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The state file: pids and start-up progress, so that down and status work after a crash. */
final class StackState {

    static final String SUPERVISOR = "supervisor";
    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";

    private final Properties properties;

    StackState() {
        this(new Properties());
    }

    private StackState(Properties properties) {
        this.properties = properties;
    }

    static Optional<StackState> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new StackState(properties));
    }

    /** Written to a temporary file and moved, so that a reader never sees half a file. */
    synchronized void write(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(
                    writer,
                    "Nearhand local stack; written by the supervisor, read by ./nearhand down and status");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized void putProcess(String name, ProcessHandle process) {
        properties.setProperty(name + ".pid", Long.toString(process.pid()));
        properties.setProperty(
                name + ".started", Long.toString(ProcessControl.startedMillis(process)));
        List<String> names = processNames();
        if (!names.contains(name)) {
            names.add(name);
            properties.setProperty("processes", String.join(",", names));
        }
    }

    /** In start order: supervisor, postgres, kafka, then the services. */
    synchronized List<String> processNames() {
        String names = properties.getProperty("processes", "");
        return names.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(names.split(",")));
    }

    synchronized Optional<Long> pid(String name) {
        return Optional.ofNullable(properties.getProperty(name + ".pid")).map(Long::valueOf);
    }

    /** The process, if that pid is still alive and still the one we started (pids get recycled). */
    synchronized Optional<ProcessHandle> liveProcess(String name) {
        Optional<Long> pid = pid(name);
        long started = Long.parseLong(properties.getProperty(name + ".started", "0"));
        return pid.flatMap(value -> ProcessControl.find(value, started));
    }

    synchronized void markReady(String name) {
        properties.setProperty(name + ".ready", "true");
    }

    synchronized boolean isReady(String name) {
        return Boolean.parseBoolean(properties.getProperty(name + ".ready"));
    }

    synchronized void setServices(List<ServiceSpec> services) {
        properties.setProperty("services", String.join(",", ServiceSpec.names(services)));
    }

    /**
     * The services this stack was started with (it may have been started with NEARHAND_SERVICES).
     */
    synchronized List<ServiceSpec> services() {
        String names = properties.getProperty("services");
        return names == null
                ? ServiceSpec.ALL
                : ServiceSpec.selected(names.isEmpty() ? "none" : names);
    }

    synchronized void setStage(String stage) {
        properties.setProperty("stage", stage);
    }

    synchronized String stage() {
        return properties.getProperty("stage", "unknown");
    }

    synchronized void setStartedAt(long epochMillis) {
        properties.setProperty("startedAt", Long.toString(epochMillis));
    }

    synchronized long startedAt() {
        return Long.parseLong(properties.getProperty("startedAt", "0"));
    }
}
