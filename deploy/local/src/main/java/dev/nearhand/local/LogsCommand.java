package dev.nearhand.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code ./nearhand logs}: the tail of one component's log, or of all of them. */
final class LogsCommand {

    static final String USAGE =
            "usage: ./nearhand logs [listing-service|matching-service|escrow-service|reputation-service"
                    + "|kafka|postgres|supervisor] [-f] [-n lines]";
    private static final int ONE_LOG_LINES = 200;
    private static final int EACH_LOG_LINES = 10;

    private final StackLayout layout;
    private final PrintStream out;

    LogsCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        String name = null;
        boolean follow = false;
        Integer lines = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else if (arg.equals("-n") && i + 1 < args.size() && args.get(i + 1).matches("\\d+")) {
                lines = Integer.valueOf(args.get(++i));
            } else if (arg.startsWith("-") || name != null) {
                throw CliException.usage("unexpected argument " + arg + "\n" + USAGE);
            } else {
                name = arg;
            }
        }
        List<Path> logs = logFiles();
        if (name == null) {
            if (follow) {
                throw CliException.usage("-f follows one log: name it\n" + USAGE);
            }
            return showAll(logs, lines != null ? lines : EACH_LOG_LINES);
        }
        Path log = layout.log(canonical(name));
        if (!Files.isRegularFile(log)) {
            throw CliException.usage(
                    "no log named '" + name + "'; there are: " + String.join(", ", names(logs)));
        }
        LogFiles.lastLines(log, lines != null ? lines : ONE_LOG_LINES).forEach(out::println);
        if (follow) {
            follow(log);
        }
        return 0;
    }

    private int showAll(List<Path> logs, int lines) throws IOException {
        if (logs.isEmpty()) {
            out.println(
                    "No logs yet in "
                            + layout.display(layout.logsDir())
                            + "; they appear with ./nearhand up");
            return 0;
        }
        for (Path log : logs) {
            out.println("==> " + layout.display(log) + " <==");
            LogFiles.lastLines(log, lines).forEach(out::println);
            out.println();
        }
        out.println(
                "One log in full: ./nearhand logs <" + String.join("|", names(logs)) + "> [-f]");
        return 0;
    }

    /**
     * {@code listing} and {@code listing-service.log} mean {@code listing-service}; {@code pg}
     * means postgres.
     */
    static String canonical(String name) {
        String bare = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
        if (bare.equals("pg") || bare.equals("postgresql")) {
            return StackState.POSTGRES;
        }
        ServiceSpec service = ServiceSpec.byName(bare);
        return service != null ? service.name() : bare;
    }

    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(layout.logsDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(layout.logsDir())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> names(List<Path> logs) {
        return logs.stream()
                .map(log -> log.getFileName().toString().replaceFirst("\\.log$", ""))
                .toList();
    }

    /**
     * Like {@code tail -f}: prints what is appended until Ctrl-C; starts over when the file is
     * rotated.
     */
    private void follow(Path log) throws IOException, InterruptedException {
        long position = Files.size(log);
        while (true) {
            long size = Files.exists(log) ? Files.size(log) : 0;
            if (size < position) {
                position = 0;
            }
            if (size > position) {
                try (InputStream in = Files.newInputStream(log)) {
                    in.skipNBytes(position);
                    byte[] appended = in.readNBytes((int) Math.min(size - position, 1 << 20));
                    out.write(appended);
                    out.flush();
                    position += appended.length;
                }
                continue;
            }
            Thread.sleep(250);
        }
    }
}
