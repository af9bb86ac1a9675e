package dev.nearhand.local;

import dev.nearhand.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The detached JVM owning a running stack: starts everything in order, stops it in reverse. */
final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    private static final Duration KAFKA_START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration WAVE_WAIT = Duration.ofSeconds(60);
    private static final Duration WAVE_POLL = Duration.ofMillis(100);

    // Every service's database, also when only some services run: a later full start finds them.
    private static final List<String> DATABASES =
            ServiceSpec.ALL.stream().map(ServiceSpec::database).toList();

    private final StackConfig config;
    private final StackLayout layout;
    private final List<ServiceSpec> services;
    private final StackState state = new StackState();
    private final AtomicBoolean stopping = new AtomicBoolean();

    // Held while starting or stopping a component, so that a stop never races a half-started one.
    private final Object lifecycle = new Object();

    private PostgresServer postgres;
    private KafkaBroker kafka;
    private final Map<String, Process> running = new LinkedHashMap<>();
    // Processes a caller ends itself (a crash test's SIGKILL, the class archive trainer's stop):
    // their exit is what was asked for, not a failure to report.
    private final Set<Process> endedOnPurpose = ConcurrentHashMap.newKeySet();

    Supervisor(StackConfig config) {
        this.config = config;
        this.layout = config.layout();
        this.services = config.services();
    }

    /** Returns only if start-up failed; the JVM exits through the shutdown hook otherwise. */
    int run() throws IOException, InterruptedException {
        layout.createDirectories();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "nearhand-stop"));
        try {
            start();
        } catch (Exception e) {
            if (stopping.get()) {
                LOG.info("Stopped during start-up ({})", e.toString());
                return 0;
            }
            LOG.error("Start-up failed; stopping what was started", e);
            save("failed");
            return 1;
        }
        LOG.info(
                "Stack started: PostgreSQL, Kafka and {} service(s) {}",
                services.size(),
                ServiceSpec.names(services));
        // Nothing more to do until SIGTERM; the shutdown hook does the stopping.
        new CountDownLatch(1).await();
        return 0;
    }

    /**
     * Starts PostgreSQL, Kafka and the services in this JVM's name; the caller stops them with
     * {@link #stop()}, also when this throws. Services are started, not yet ready.
     */
    void start() throws Exception {
        layout.createDirectories();
        state.putProcess(StackState.SUPERVISOR, ProcessHandle.current());
        state.setServices(services);
        state.setStartedAt(System.currentTimeMillis());
        save("starting");
        startPostgres();
        startKafka();
        startServices();
        save("running");
    }

    private void startPostgres() throws Exception {
        synchronized (lifecycle) {
            requireNotStopping();
            LogFiles.rotate(layout.log(StackState.POSTGRES));
            LOG.info(
                    "Starting PostgreSQL on 127.0.0.1:{} with data in {}",
                    config.postgresPort(),
                    layout.postgresData());
            postgres =
                    PostgresServer.start(
                            layout.postgresData(),
                            config.postgresPort(),
                            layout.log(StackState.POSTGRES));
            postgres.postmaster()
                    .ifPresent(postmaster -> state.putProcess(StackState.POSTGRES, postmaster));
            save("postgres");
        }
        new DatabaseProvisioner(postgres::superuser).provision(DATABASES);
        state.markReady(StackState.POSTGRES);
        save("postgres");
        LOG.info("PostgreSQL ready: databases and roles {}", DATABASES);
    }

    private void startKafka() throws Exception {
        synchronized (lifecycle) {
            requireNotStopping();
            LogFiles.rotate(layout.log(StackState.KAFKA));
            String clusterId = KafkaSetup.prepare(config);
            if (KafkaBroker.formatIfNeeded(
                    layout.kafkaConfigFile(),
                    layout.kafkaData(),
                    clusterId,
                    layout.log(StackState.KAFKA),
                    JavaCommand.ownClasspath())) {
                LOG.info(
                        "Formatted Kafka storage in {} (cluster id {})",
                        layout.kafkaData(),
                        clusterId);
            }
            LOG.info("Starting the Kafka broker on {}", config.kafkaBootstrapServers());
            kafka =
                    KafkaBroker.start(
                            layout.kafkaConfigFile(),
                            layout.log(StackState.KAFKA),
                            JavaCommand.ownClasspath(),
                            config.kafkaPort());
            state.putProcess(StackState.KAFKA, kafka.process().toHandle());
            watch(StackState.KAFKA, kafka.process());
            save("kafka");
        }
        kafka.awaitListening(KAFKA_START_TIMEOUT, stopping::get);
        List<String> created =
                KafkaTopics.ensure(
                        kafka.bootstrapServers(),
                        KafkaSetup.topics(Topics.ALL),
                        KAFKA_START_TIMEOUT);
        state.markReady(StackState.KAFKA);
        save("kafka");
        LOG.info("Kafka ready; topics {} ({} new)", Topics.ALL, created.size());
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
    private void startServices() throws IOException, InterruptedException {
        int wave = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        for (int first = 0; first < services.size(); first += wave) {
            List<ServiceSpec> launched =
                    services.subList(first, Math.min(services.size(), first + wave));
            synchronized (lifecycle) {
                requireNotStopping();
                for (ServiceSpec service : launched) {
                    LogFiles.rotate(layout.log(service.name()));
                    launch(service);
                }
                save("services");
            }
            if (first + wave < services.size()) {
                awaitStarted(launched);
            }
        }
    }

    private void awaitStarted(List<ServiceSpec> launched) throws InterruptedException {
        long deadline = System.nanoTime() + WAVE_WAIT.toNanos();
        for (ServiceSpec service : launched) {
            while (!stopping.get()
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
        state.putProcess(service.name(), process.toHandle());
        watch(service.name(), process);
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
        endedOnPurpose.add(process);
        return process;
    }

    /**
     * Starts a service again with the same command and environment, appending to its log; for a
     * service that exited or was killed.
     */
    void restart(String service) throws IOException {
        synchronized (lifecycle) {
            if (stopping.get()) {
                throw new IllegalStateException("the stack is stopping");
            }
            ServiceSpec spec = config.service(service);
            Process previous = running.get(spec.name());
            if (previous != null && previous.isAlive()) {
                throw new IllegalStateException(spec.name() + " is still running");
            }
            launch(spec);
            save("services");
        }
    }

    /** A child that dies on its own gets a line in this log; status shows it as stopped. */
    private void watch(String name, Process process) {
        process.onExit().thenAccept(exited -> reportExit(name, exited));
    }

    private void reportExit(String name, Process exited) {
        if (!endedOnPurpose.remove(exited) && !stopping.get()) {
            String log = layout.display(layout.log(name));
            LOG.warn("{} exited with code {}; see {}", name, exited.exitValue(), log);
        }
    }

    /** The shutdown hook: services first (they hold connections), then Kafka, then PostgreSQL. */
    void stop() {
        stopping.set(true);
        synchronized (lifecycle) {
            LOG.info("Stopping the stack");
            List<ProcessHandle> serviceHandles =
                    running.values().stream().map(Process::toHandle).toList();
            if (!ProcessControl.stopAll(serviceHandles, ProcessControl.GRACE)) {
                LOG.warn("Some services did not stop");
            }
            if (kafka != null) {
                kafka.close();
            }
            PostgresServer.stop(postgres, layout.postgresData());
            try {
                Files.deleteIfExists(layout.stateFile());
            } catch (IOException e) {
                LOG.warn("Could not remove {}: {}", layout.stateFile(), e.toString());
            }
            LOG.info("Stack stopped");
        }
    }

    private void requireNotStopping() throws InterruptedException {
        if (stopping.get()) {
            throw new InterruptedException("stopping");
        }
    }

    // Under the lifecycle lock: a write must not recreate the state file the shutdown hook removed.
    private void save(String stage) throws IOException {
        synchronized (lifecycle) {
            state.setStage(stage);
            if (!stopping.get()) {
                state.write(layout.stateFile());
            }
        }
    }
}
