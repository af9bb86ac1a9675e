package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the supervisor's parts share while the stack starts and stops: whether it is stopping, and
 * the state file, written at each step. Its monitor is held while starting or stopping a component,
 * so that a stop never races a half-started one.
 */
final class StackLifecycle {

    private final StackState state = new StackState();
    private final Path stateFile;
    private final AtomicBoolean stopping = new AtomicBoolean();

    StackLifecycle(Path stateFile) {
        this.stateFile = stateFile;
    }

    StackState state() {
        return state;
    }

    boolean isStopping() {
        return stopping.get();
    }

    /** From now on nothing more starts and the state file is no longer written. */
    void beginStopping() {
        stopping.set(true);
    }

    void requireNotStopping() throws InterruptedException {
        if (stopping.get()) {
            throw new InterruptedException("stopping");
        }
    }

    // Under the lifecycle lock: a write must not recreate the state file the shutdown hook removed.
    void save(String stage) throws IOException {
        synchronized (this) {
            state.setStage(stage);
            if (!stopping.get()) {
                state.write(stateFile);
            }
        }
    }
}
