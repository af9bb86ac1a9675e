package dev.nearhand.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code ./nearhand reset [--keys]}: wipes data (and keys with --keys); refuses while running. */
final class ResetCommand {

    private final StackLayout layout;
    private final PrintStream out;

    ResetCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> args) throws IOException {
        boolean keys = false;
        for (String arg : args) {
            if (arg.equals("--keys")) {
                keys = true;
            } else {
                throw CliException.usage(
                        "unexpected argument " + arg + "\nusage: ./nearhand reset [--keys]");
            }
        }
        // Refuse rather than stop: wiping data should never be the side effect of a command that
        // also stops things.
        boolean running =
                StackState.read(layout.stateFile())
                                .flatMap(s -> s.liveProcess(StackState.SUPERVISOR))
                                .isPresent()
                        || PostgresServer.findPostmaster(layout.postgresData()).isPresent();
        if (running) {
            throw CliException.failure(
                    "Nearhand is running; stop it first with ./nearhand down, then ./nearhand reset");
        }
        deleteTree(layout.dataDir());
        Files.deleteIfExists(layout.stateFile());
        out.println(
                "Wiped "
                        + layout.display(layout.dataDir())
                        + " (PostgreSQL databases and Kafka topics).");
        if (keys) {
            deleteTree(layout.keysDir());
            out.println(
                    "Wiped "
                            + layout.display(layout.keysDir())
                            + "; ./nearhand up or token creates a new key pair"
                            + " (tokens signed with the old one stop working).");
        } else {
            out.println(
                    "Kept the signing keys in "
                            + layout.display(layout.keysDir())
                            + " (--keys wipes them too).");
        }
        return 0;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
