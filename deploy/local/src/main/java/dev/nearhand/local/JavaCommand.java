package dev.nearhand.local;

import java.nio.file.Path;

/** Command lines for child JVMs: the same java binary as ours, and our own classpath where they need it. */
final class JavaCommand {

    private JavaCommand() {}

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's classpath (local-stack.jar and lib/*), which also holds the Kafka broker's jars. */
    static String ownClasspath() {
        return System.getProperty("java.class.path");
    }
}
