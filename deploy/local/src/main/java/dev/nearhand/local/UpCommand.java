package dev.nearhand.local;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code ./nearhand up}: checks ports, starts the detached supervisor, waits for readiness. */
final class UpCommand {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final StackLayout layout;
    private final PrintStream out;

    UpCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        if (!args.isEmpty()) {
            throw CliException.usage(
                    "up takes no arguments (NEARHAND_SERVICES=none starts PostgreSQL and Kafka only)");
        }
        layout.createDirectories();
        try (FileChannel channel =
                        FileChannel.open(
                                layout.upLockFile(),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw CliException.failure("another ./nearhand up is starting the stack right now");
            }
            return up();
        }
    }

    private int up() throws IOException, InterruptedException {
        Optional<StackState> previous = StackState.read(layout.stateFile());
        if (previous.flatMap(state -> state.liveProcess(StackState.SUPERVISOR)).isPresent()) {
            out.println("Nearhand is already running; ./nearhand status");
            return 0;
        }
        StackStopper stopper = new StackStopper(layout, out);
        if (stopper.stopLeftovers(previous)) {
            out.println("(cleaned up after a previous run that did not stop cleanly)");
        }
        Files.deleteIfExists(layout.stateFile());

        // Settings first: a bad one must fail before anything starts.
        List<ServiceSpec> services = ServiceSpec.selectedFromEnvironment();
        Duration timeout = timeout();
        Ports.requireFree(Ports.claims(services));
        requireBuilt(services);
        if (new LocalKeys(layout.keysDir()).ensure()) {
            out.println(
                    "Created the local signing key pair in "
                            + layout.display(layout.keysDir())
                            + " (never commit it).");
        }

        out.println(
                "Starting Nearhand: PostgreSQL, Kafka"
                        + (services.isEmpty() ? "" : " and " + count(services.size(), "service"))
                        + " (logs in "
                        + layout.display(layout.logsDir())
                        + ")");
        StartupWatch watch = new StartupWatch(layout, services, out);
        Process launcher = launchSupervisor();
        // Whoever sets this first (the wait below, or Ctrl-C) decides how start-up ends.
        AtomicBoolean settled = new AtomicBoolean();
        Thread interrupted =
                new Thread(
                        () -> {
                            if (settled.compareAndSet(false, true)) {
                                out.println("\nInterrupted: stopping what was started.");
                                stopQuietly(stopper);
                            }
                        });
        // Ctrl-C while waiting should not leave a half-started stack running in the background.
        Runtime.getRuntime().addShutdownHook(interrupted);

        Optional<StartupWatch.Failure> failure = watch.await(launcher, timeout);
        if (!settled.compareAndSet(false, true)) {
            // Interrupted: the shutdown hook is stopping the stack; the JVM exits after it.
            return 130;
        }
        if (failure.isPresent()) {
            reportFailure(failure.get());
            out.println("Stopping what was started ...");
            stopper.stop();
            return 1;
        }
        new UpSummary(layout, out).print(services, watch.elapsedSeconds());
        return 0;
    }

    private void requireBuilt(List<ServiceSpec> services) {
        List<String> missing =
                services.stream()
                        .filter(service -> !Files.isRegularFile(service.jar(layout.root())))
                        .map(service -> layout.display(service.jar(layout.root())))
                        .toList();
        if (!missing.isEmpty()) {
            throw CliException.failure(
                    "not built: "
                            + String.join(", ", missing)
                            + "\nBuild with ./mvnw -DskipTests install (./nearhand does that itself when a jar is missing).");
        }
    }

    /** In a new session ({@code setsid -f}), so that closing the terminal does not hang it up. */
    private Process launchSupervisor() throws IOException {
        Path log = layout.log("supervisor");
        LogFiles.rotate(log);
        List<String> command = new ArrayList<>();
        Optional<Path> setsid = JavaCommand.onPath("setsid");
        setsid.ifPresent(path -> command.addAll(List.of(path.toString(), "-f")));
        command.addAll(
                List.of(
                        JavaCommand.javaBinary(),
                        "-Xms32m",
                        "-Xmx128m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Dnearhand.root=" + layout.root(),
                        "-Dnearhand.classpath=" + JavaCommand.ownClasspath(),
                        "-cp",
                        JavaCommand.ownClasspath(),
                        Main.class.getName(),
                        "supervise"));
        return new ProcessBuilder(command)
                .directory(layout.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void reportFailure(StartupWatch.Failure failure) throws IOException {
        out.println("FAILED: " + failure.problem());
        List<String> logs = new ArrayList<>(List.of(failure.component()));
        if (!failure.component().equals("supervisor")) {
            logs.add("supervisor");
        }
        for (String name : logs) {
            Path log = layout.log(name);
            List<String> lines = LogFiles.lastLines(log, 20);
            if (!lines.isEmpty()) {
                out.println(
                        "---- last " + lines.size() + " lines of " + layout.display(log) + " ----");
                lines.forEach(line -> out.println("  " + line));
            }
        }
    }

    private static Duration timeout() {
        String configured = System.getenv("NEARHAND_UP_TIMEOUT");
        if (configured == null || configured.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(configured.trim()));
        } catch (NumberFormatException e) {
            throw CliException.usage(
                    "NEARHAND_UP_TIMEOUT must be a number of seconds, not '" + configured + "'");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void stopQuietly(StackStopper stopper) {
        try {
            stopper.stop();
        } catch (IOException | RuntimeException e) {
            // Exiting anyway; ./nearhand down can finish the job.
        }
    }
}
