package dev.nearhand.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code ./nearhand down}: stops the supervisor, then whatever a killed supervisor left behind. */
final class StackStopper {

    /**
     * The supervisor stops services (up to 10 s), Kafka (10 s) and PostgreSQL (15 s) one after the
     * other.
     */
    private static final Duration SUPERVISOR_GRACE = Duration.ofSeconds(45);

    private final StackLayout layout;
    private final PrintStream out;

    StackStopper(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int down() throws IOException {
        if (stop()) {
            out.println("Nearhand stopped.");
        } else {
            out.println("Nearhand is not running.");
        }
        return 0;
    }

    /** Returns whether there was anything to stop. Leaves no process of ours behind. */
    boolean stop() throws IOException {
        Optional<StackState> state = StackState.read(layout.stateFile());
        boolean found = false;
        Optional<ProcessHandle> supervisor =
                state.flatMap(s -> s.liveProcess(StackState.SUPERVISOR));
        if (supervisor.isPresent()) {
            found = true;
            out.println("Stopping Nearhand (supervisor pid " + supervisor.get().pid() + ") ...");
            if (!ProcessControl.stop(supervisor.get(), SUPERVISOR_GRACE)) {
                out.println("The supervisor did not stop; it was killed.");
            }
        }
        found |= stopLeftovers(state);
        Files.deleteIfExists(layout.stateFile());
        return found;
    }

    /**
     * What a killed supervisor could not stop: its children, and the postmaster (which runs in its
     * own session).
     */
    boolean stopLeftovers(Optional<StackState> state) {
        List<ProcessHandle> children = new ArrayList<>();
        List<String> names = new ArrayList<>();
        state.ifPresent(
                s ->
                        s.processNames().stream()
                                .filter(
                                        name ->
                                                !name.equals(StackState.SUPERVISOR)
                                                        && !name.equals(StackState.POSTGRES))
                                .forEach(
                                        name ->
                                                s.liveProcess(name)
                                                        .ifPresent(
                                                                process -> {
                                                                    children.add(process);
                                                                    names.add(
                                                                            name
                                                                                    + " (pid "
                                                                                    + process.pid()
                                                                                    + ")");
                                                                })));
        if (!children.isEmpty()) {
            out.println("Stopping left-over " + String.join(", ", names));
            ProcessControl.stopAll(children, ProcessControl.GRACE);
        }
        Optional<ProcessHandle> postmaster =
                PostgresServer.findPostmaster(layout.postgresData())
                        .or(() -> state.flatMap(s -> s.liveProcess(StackState.POSTGRES)));
        postmaster.ifPresent(
                process -> {
                    out.println("Stopping left-over PostgreSQL (pid " + process.pid() + ")");
                    PostgresServer.stopPostmaster(process);
                });
        return !children.isEmpty() || postmaster.isPresent();
    }
}
