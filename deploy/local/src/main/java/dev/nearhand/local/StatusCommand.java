package dev.nearhand.local;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code ./nearhand status}: per component, running or not, pid, port and readiness. */
final class StatusCommand {

    /**
     * Exit codes: everything ready, something running but not ready, nothing running (as LSB init
     * scripts).
     */
    static final int READY = 0;

    static final int DEGRADED = 1;
    static final int NOT_RUNNING = 3;

    private final StackLayout layout;
    private final PrintStream out;

    StatusCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> args) throws IOException {
        if (!args.isEmpty()) {
            throw CliException.usage("status takes no arguments");
        }
        Optional<StackState> state = StackState.read(layout.stateFile());
        Optional<ProcessHandle> supervisor =
                state.flatMap(s -> s.liveProcess(StackState.SUPERVISOR));
        Optional<ProcessHandle> postmaster = PostgresServer.findPostmaster(layout.postgresData());
        if (state.isEmpty() && postmaster.isEmpty()) {
            out.println("Nearhand is not running. Start it with ./nearhand up");
            return NOT_RUNNING;
        }
        if (supervisor.isPresent()) {
            long minutes =
                    Duration.ofMillis(System.currentTimeMillis() - state.get().startedAt())
                            .toMinutes();
            out.printf(
                    Locale.ROOT,
                    "Nearhand is running (supervisor pid %d, started %d min ago, stage %s).%n",
                    supervisor.get().pid(),
                    minutes,
                    state.get().stage());
        } else {
            out.println(
                    "Nearhand's supervisor is not running, but parts of the stack may be: ./nearhand down cleans up.");
        }
        out.printf(
                Locale.ROOT,
                "%n  %-20s %-8s %-8s %-6s %s%n",
                "COMPONENT",
                "STATE",
                "PID",
                "PORT",
                "READY");
        boolean allReady = supervisor.isPresent();
        allReady &=
                row(
                        StackState.POSTGRES,
                        postmaster,
                        Ports.POSTGRES,
                        Readiness.tcp(Ports.POSTGRES) ? "yes" : "no");
        Optional<ProcessHandle> kafka = state.flatMap(s -> s.liveProcess(StackState.KAFKA));
        allReady &=
                row(
                        StackState.KAFKA,
                        kafka,
                        Ports.KAFKA_BROKER,
                        Readiness.tcp(Ports.KAFKA_BROKER) ? "yes" : "no");
        for (ServiceSpec service : state.map(StackState::services).orElse(ServiceSpec.ALL)) {
            Optional<ProcessHandle> process = state.flatMap(s -> s.liveProcess(service.name()));
            allReady &=
                    row(
                            service.name(),
                            process,
                            service.port(),
                            serviceReadiness(service, process.isPresent()));
        }
        return allReady ? READY : DEGRADED;
    }

    private boolean row(String name, Optional<ProcessHandle> process, int port, String ready) {
        out.printf(
                Locale.ROOT,
                "  %-20s %-8s %-8s %-6d %s%n",
                name,
                process.isPresent() ? "running" : "stopped",
                process.map(p -> Long.toString(p.pid())).orElse("-"),
                port,
                ready);
        return process.isPresent() && ready.equals("yes");
    }

    private static String serviceReadiness(ServiceSpec service, boolean running) {
        if (!running) {
            return "no";
        }
        int status = Readiness.httpStatus(service.readinessUrl());
        if (status == 200) {
            return "yes";
        }
        return status < 0
                ? "no (not answering yet)"
                : "no (" + service.readinessUrl() + " answers " + status + ")";
    }
}
