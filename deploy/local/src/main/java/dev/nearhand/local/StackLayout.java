package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the local stack keeps its files: all under one home, {@code <repo>/.nearhand} for {@code
 * ./nearhand}.
 */
public final class StackLayout {

    private final Path root;
    private final Path home;

    public StackLayout(Path repoRoot) {
        this(repoRoot, repoRoot.resolve(".nearhand"));
    }

    /**
     * Another home, such as a test's own {@code target/stack}; the jars still come from {@code
     * repoRoot}.
     */
    public StackLayout(Path repoRoot, Path home) {
        this.root = repoRoot.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
    }

    /**
     * The launcher script passes the repository root as {@code -Dnearhand.root}; the working
     * directory otherwise.
     */
    static StackLayout fromSystemProperty() {
        String configured = System.getProperty("nearhand.root");
        return new StackLayout(Path.of(configured != null ? configured : "."));
    }

    public Path root() {
        return root;
    }

    public Path home() {
        return home;
    }

    public Path dataDir() {
        return home.resolve("data");
    }

    public Path postgresData() {
        return dataDir().resolve("postgres");
    }

    public Path kafkaData() {
        return dataDir().resolve("kafka");
    }

    /**
     * Next to the Kafka data so that {@code reset} wipes both: a reformatted log dir needs the same
     * id.
     */
    public Path kafkaClusterIdFile() {
        return dataDir().resolve("kafka-cluster-id");
    }

    /** Regenerated on every start, so it always matches this version of the launcher. */
    public Path kafkaConfigFile() {
        return home.resolve("kafka-server.properties");
    }

    public Path keysDir() {
        return home.resolve("keys");
    }

    public Path logsDir() {
        return home.resolve("logs");
    }

    public Path log(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Path stateFile() {
        return home.resolve("state.properties");
    }

    /**
     * Held by {@code up} while it starts a stack, so that two concurrent {@code up} calls cannot
     * start twins.
     */
    public Path upLockFile() {
        return home.resolve("up.lock");
    }

    /** Short form for messages: {@code .nearhand/logs/kafka.log} rather than an absolute path. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root)
                ? root.relativize(absolute).toString()
                : absolute.toString();
    }

    void createDirectories() throws IOException {
        Files.createDirectories(dataDir());
        Files.createDirectories(logsDir());
        Files.createDirectories(keysDir());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // The private key lives here; nobody else on the machine needs to list it.
            Files.setPosixFilePermissions(keysDir(), PosixFilePermissions.fromString("rwx------"));
        }
    }
}
