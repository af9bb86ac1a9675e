package dev.nearhand.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
