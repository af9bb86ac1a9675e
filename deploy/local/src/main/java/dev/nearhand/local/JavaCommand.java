package dev.nearhand.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Command lines for child processes: our java binary, our classpath, programs on the PATH. */
final class JavaCommand {

    private JavaCommand() {}

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The launcher's classpath (local-stack.jar and lib/*), which also holds the Kafka broker's
     * jars. The script passes its short wildcard form as {@code nearhand.classpath}, which keeps
     * {@code ps} readable.
     */
    static String ownClasspath() {
        return System.getProperty("nearhand.classpath", System.getProperty("java.class.path"));
    }

    /**
     * The prefix that starts a child in a session of its own ({@code setsid}), or nothing where
     * there is no setsid. Why: Linux shares CPU between sessions first (autogroups, on by default)
     * and only then between their threads, and every PostgreSQL backend already runs in a session
     * of its own. In one session with the launcher, a consumer's one thread competed with escrow's
     * 32 request threads: under escrow load credit fell 13-22 s behind, and 0.3-0.7 s with a
     * session each (BENCHMARKS.md). A session per service is what a cluster gives each pod with its
     * own cgroup.
     */
    static List<String> ownSession() {
        return onPath("setsid").map(path -> List.of(path.toString())).orElse(List.of());
    }

    /** A program on the PATH, such as {@code setsid}, which is not on every system. */
    static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
