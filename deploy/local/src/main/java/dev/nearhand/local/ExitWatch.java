package dev.nearhand.local;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A child that dies on its own gets a line in the supervisor's log; status shows it as stopped. */
final class ExitWatch {

    // Named after the supervisor, whose lines these are in supervisor.log.
    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    private final StackLayout layout;
    private final StackLifecycle lifecycle;
    // Processes a caller ends itself (a crash test's SIGKILL, the class archive trainer's stop):
    // their exit is what was asked for, not a failure to report.
    private final Set<Process> endedOnPurpose = ConcurrentHashMap.newKeySet();

    ExitWatch(StackLayout layout, StackLifecycle lifecycle) {
        this.layout = layout;
        this.lifecycle = lifecycle;
    }

    void watch(String name, Process process) {
        process.onExit().thenAccept(exited -> reportExit(name, exited));
    }

    /** The process is about to exit because a caller makes it: no line for that. */
    void endingOnPurpose(Process process) {
        endedOnPurpose.add(process);
    }

    private void reportExit(String name, Process exited) {
        if (!endedOnPurpose.remove(exited) && !lifecycle.isStopping()) {
            String log = layout.display(layout.log(name));
            LOG.warn("{} exited with code {}; see {}", name, exited.exitValue(), log);
        }
    }
}
