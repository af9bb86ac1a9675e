package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds and stops processes (SIGTERM, a bounded wait, SIGKILL), never trusting a recycled pid. */
final class ProcessControl {

    static final Duration GRACE = Duration.ofSeconds(10);
    private static final Duration AFTER_KILL = Duration.ofSeconds(5);

    private ProcessControl() {}

    static long startedMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /**
     * The live process with that pid, provided it started when we recorded (0: not recorded, trust
     * the pid).
     */
    static Optional<ProcessHandle> find(long pid, long startedMillis) {
        return ProcessHandle.of(pid)
                .filter(ProcessControl::isRunning)
                .filter(
                        process ->
                                startedMillis == 0
                                        || Math.abs(startedMillis(process) - startedMillis)
                                                < 2_000);
    }

    /**
     * Alive and not a zombie. A child orphaned by a killed supervisor may linger as a zombie when
     * the machine's init does not reap; the JDK calls that alive, but it holds no port and needs no
     * stopping.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0
                    || afterName + 2 >= stat.length()
                    || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    static boolean stop(ProcessHandle process, Duration grace) {
        return stopAll(List.of(process), grace);
    }

    /**
     * SIGTERM to all at once (they shut down in parallel), then SIGKILL whatever is left after the
     * grace period.
     */
    static boolean stopAll(Collection<ProcessHandle> processes, Duration grace) {
        processes.stream().filter(ProcessControl::isRunning).forEach(ProcessHandle::destroy);
        if (awaitExit(processes, grace)) {
            return true;
        }
        processes.stream()
                .filter(ProcessControl::isRunning)
                .forEach(ProcessHandle::destroyForcibly);
        return awaitExit(processes, AFTER_KILL);
    }

    /** For signals the JDK has no method for, such as SIGINT (PostgreSQL's "fast" shutdown). */
    static void signal(ProcessHandle process, String signal) {
        try {
            Process kill =
                    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // No kill(1) on this machine: SIGTERM through the JDK is the next best thing.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    static boolean awaitExit(Collection<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            while (isRunning(process)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    // onExit() of a process that is not our child is itself a polling loop; this is
                    // just as good.
                    process.onExit()
                            .get(
                                    Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)),
                                    TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // Checked again by the loop condition.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
