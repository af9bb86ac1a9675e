package dev.nearhand.local;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Follows a starting stack until all is ready, printing progress; names the first failure. */
final class StartupWatch {

    /** Which component failed, and how. */
    record Failure(String component, String problem) {}

    /** Time for the detached supervisor JVM to start and write the state file. */
    private static final Duration SUPERVISOR_START = Duration.ofSeconds(30);

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final StackLayout layout;
    private final List<ServiceSpec> services;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    StartupWatch(StackLayout layout, List<ServiceSpec> services, PrintStream out) {
        this.layout = layout;
        this.services = services;
        this.out = out;
    }

    /**
     * @param launcher the process that launched the supervisor; with {@code setsid -f} it exits at
     *     once, so the supervisor's liveness is read from the state file it writes
     */
    Optional<Failure> await(Process launcher, Duration timeout)
            throws IOException, InterruptedException {
        List<String> pending = new ArrayList<>(List.of(StackState.POSTGRES, StackState.KAFKA));
        pending.addAll(ServiceSpec.names(services));
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        boolean supervisorSeen = false;
        while (true) {
            Optional<StackState> state = StackState.read(layout.stateFile());
            boolean supervisorAlive =
                    state.flatMap(s -> s.liveProcess(StackState.SUPERVISOR)).isPresent();
            supervisorSeen |= supervisorAlive;
            for (Iterator<String> names = pending.iterator(); names.hasNext(); ) {
                String name = names.next();
                if (state.isPresent() && isReady(name, state.get())) {
                    names.remove();
                    out.printf(
                            Locale.ROOT, "  %-20s ready after %5.1f s%n", name, elapsedSeconds());
                } else if (state.isPresent() && hasDied(name, state.get())) {
                    return Optional.of(new Failure(name, name + " exited during start-up"));
                }
            }
            if (pending.isEmpty()) {
                return Optional.empty();
            }
            Optional<Failure> supervisorFailure =
                    supervisorFailure(launcher, supervisorSeen, supervisorAlive, pending);
            if (supervisorFailure.isPresent()) {
                return supervisorFailure;
            }
            if (elapsedSeconds() > timeout.toSeconds()) {
                return Optional.of(
                        new Failure(
                                pending.get(0),
                                String.join(", ", pending)
                                        + " not ready after "
                                        + timeout.toSeconds()
                                        + " s"));
            }
            if (System.nanoTime() > nextProgress) {
                out.printf(
                        Locale.ROOT,
                        "  ... waiting for %s (%.0f s)%n",
                        String.join(", ", pending),
                        elapsedSeconds());
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(500);
        }
    }

    private Optional<Failure> supervisorFailure(
            Process launcher, boolean seen, boolean alive, List<String> pending) {
        String waitingFor = pending.get(0);
        if (seen && !alive) {
            return Optional.of(
                    new Failure(waitingFor, "the supervisor stopped while starting " + waitingFor));
        }
        if (!seen && !launcher.isAlive() && launcher.exitValue() != 0) {
            return Optional.of(
                    new Failure(
                            "supervisor",
                            "the supervisor could not start (exit " + launcher.exitValue() + ")"));
        }
        if (!seen && elapsedSeconds() > SUPERVISOR_START.toSeconds()) {
            return Optional.of(
                    new Failure(
                            "supervisor",
                            "the supervisor did not start within "
                                    + SUPERVISOR_START.toSeconds()
                                    + " s"));
        }
        return Optional.empty();
    }

    private static boolean isReady(String name, StackState state) {
        if (name.equals(StackState.POSTGRES) || name.equals(StackState.KAFKA)) {
            return state.isReady(name);
        }
        ServiceSpec service = ServiceSpec.byName(name);
        return state.liveProcess(name).isPresent() && Readiness.httpOk(service.readinessUrl());
    }

    private static boolean hasDied(String name, StackState state) {
        return !name.equals(StackState.POSTGRES)
                && state.pid(name).isPresent()
                && state.liveProcess(name).isEmpty();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
