package dev.nearhand.local;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The services' processes under the supervisor: started in waves, found by name, restarted. */
final class ServiceProcesses {

    // Named after the supervisor, whose lines these are in supervisor.log.
    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    private static final Duration WAVE_WAIT = Duration.ofSeconds(60);
    private static final Duration WAVE_POLL = Duration.ofMillis(100);

    private final StackConfig config;
    private final StackLayout layout;
    private final StackLifecycle lifecycle;
    private final ExitWatch exits;
    // Guarded by the lifecycle lock.
    private final Map<String, Process> running = new LinkedHashMap<>();

    ServiceProcesses(StackConfig config, StackLifecycle lifecycle, ExitWatch exits) {
        this.config = config;
        this.layout = config.layout();
        this.lifecycle = lifecycle;
        this.exits = exits;
    }

    /**
     * Starts the services a wave at a time, one per two cores, each wave once the one before is
     * ready. Why: a JVM's start keeps about two cores busy (its main thread, the JIT compiler,
     * class loading in parallel). On 2 cores, four services at once each needed 7-9 s to get ready,
     * two at a time 4.0-6.0 s, one at a time 2.5-3.4 s, with the whole stack started as soon within
     * the runs' spread (22.0-23.8 s against 19.9-24.4 s on 2026-12-07). A wave that is not ready
     * within {@link #WAVE_WAIT} (or whose process died) does not hold the next one back: the
     * caller's own wait for readiness reports it.
     */
    void startInWaves() throws IOException, InterruptedException {
        List<ServiceSpec> services = config.services();
        int wave = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        for (int first = 0; first < services.size(); first += wave) {
            List<ServiceSpec> launched =
                    services.subList(first, Math.min(services.size(), first + wave));
            synchronized (lifecycle) {
                lifecycle.requireNotStopping();
                for (ServiceSpec service : launched) {
                    LogFiles.rotate(layout.log(service.name()));
                    launch(service);
                }
                lifecycle.save("services");
            }
            if (first + wave < services.size()) {
                awaitStarted(launched);
            }
        }
    }

    private void awaitStarted(List<ServiceSpec> launched) throws InterruptedException {
        long deadline = System.nanoTime() + WAVE_WAIT.toNanos();
        for (ServiceSpec service : launched) {
            while (!lifecycle.isStopping()
                    && System.nanoTime() < deadline
                    && process(service.name()).isAlive()
                    && !Readiness.httpOk(service.readinessUrl())) {
                Thread.sleep(WAVE_POLL.toMillis());
            }
        }
    }

    private void launch(ServiceSpec service) throws IOException {
        LOG.info("Starting {} on {}", service.name(), service.baseUrl());
        Process process = ServiceLauncher.start(service, config, layout.log(service.name()));
        running.put(service.name(), process);
        lifecycle.state().putProcess(service.name(), process.toHandle());
        exits.watch(service.name(), process);
    }

    /** The running process of a service, for a caller that waits on it or kills it. */
    Process process(String service) {
        synchronized (lifecycle) {
            Process process = running.get(config.service(service).name());
            if (process == null) {
                throw new IllegalStateException(service + " was not started");
            }
            return process;
        }
    }

    /** The running process of a service, whose exit the caller is about to cause. */
    Process endingOnPurpose(String service) {
        Process process = process(service);
        exits.endingOnPurpose(process);
        return process;
    }

    /**
     * Starts a service again with the same command and environment, appending to its log; for a
     * service that exited or was killed.
     */
    void restart(String service) throws IOException {
        synchronized (lifecycle) {
            if (lifecycle.isStopping()) {
                throw new IllegalStateException("the stack is stopping");
            }
            ServiceSpec spec = config.service(service);
            Process previous = running.get(spec.name());
            if (previous != null && previous.isAlive()) {
                throw new IllegalStateException(spec.name() + " is still running");
            }
            launch(spec);
            lifecycle.save("services");
        }
    }

    /** Stops every service started, all at once. */
    void stop() {
        synchronized (lifecycle) {
            List<ProcessHandle> serviceHandles =
                    running.values().stream().map(Process::toHandle).toList();
            if (!ProcessControl.stopAll(serviceHandles, ProcessControl.GRACE)) {
                LOG.warn("Some services did not stop");
            }
        }
    }
}
