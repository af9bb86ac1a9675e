package dev.nearhand.local;

import dev.nearhand.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The detached JVM owning a running stack: starts everything in order, stops it in reverse. */
final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    private static final Duration KAFKA_START_TIMEOUT = Duration.ofSeconds(90);

    // Every service's database, also when only some services run: a later full start finds them.
    private static final List<String> DATABASES =
            ServiceSpec.ALL.stream().map(ServiceSpec::database).toList();

    private final StackConfig config;
    private final StackLayout layout;
    private final List<ServiceSpec> services;
    // Held while starting or stopping a component, so that a stop never races a half-started one.
    private final StackLifecycle lifecycle;
    private final ExitWatch exits;
    private final ServiceProcesses serviceProcesses;

    private PostgresServer postgres;
    private KafkaBroker kafka;

    Supervisor(StackConfig config) {
        this.config = config;
        this.layout = config.layout();
        this.services = config.services();
        this.lifecycle = new StackLifecycle(layout.stateFile());
        this.exits = new ExitWatch(layout, lifecycle);
        this.serviceProcesses = new ServiceProcesses(config, lifecycle, exits);
    }

    /** Returns only if start-up failed; the JVM exits through the shutdown hook otherwise. */
    int run() throws IOException, InterruptedException {
        layout.createDirectories();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "nearhand-stop"));
        try {
            start();
        } catch (Exception e) {
            if (lifecycle.isStopping()) {
                LOG.info("Stopped during start-up ({})", e.toString());
                return 0;
            }
            LOG.error("Start-up failed; stopping what was started", e);
            lifecycle.save("failed");
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
        StackState state = lifecycle.state();
        state.putProcess(StackState.SUPERVISOR, ProcessHandle.current());
        state.setServices(services);
        state.setStartedAt(System.currentTimeMillis());
        lifecycle.save("starting");
        startPostgres();
        startKafka();
        serviceProcesses.startInWaves();
        lifecycle.save("running");
    }

    private void startPostgres() throws Exception {
        synchronized (lifecycle) {
            lifecycle.requireNotStopping();
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
                    .ifPresent(
                            postmaster ->
                                    lifecycle.state().putProcess(StackState.POSTGRES, postmaster));
            lifecycle.save("postgres");
        }
        new DatabaseProvisioner(postgres::superuser).provision(DATABASES);
        lifecycle.state().markReady(StackState.POSTGRES);
        lifecycle.save("postgres");
        LOG.info("PostgreSQL ready: databases and roles {}", DATABASES);
    }

    private void startKafka() throws Exception {
        synchronized (lifecycle) {
            lifecycle.requireNotStopping();
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
            lifecycle.state().putProcess(StackState.KAFKA, kafka.process().toHandle());
            exits.watch(StackState.KAFKA, kafka.process());
            lifecycle.save("kafka");
        }
        kafka.awaitListening(KAFKA_START_TIMEOUT, lifecycle::isStopping);
        List<String> created =
                KafkaTopics.ensure(
                        kafka.bootstrapServers(),
                        KafkaSetup.topics(Topics.ALL),
                        KAFKA_START_TIMEOUT);
        lifecycle.state().markReady(StackState.KAFKA);
        lifecycle.save("kafka");
        LOG.info("Kafka ready; topics {} ({} new)", Topics.ALL, created.size());
    }

    /** The running process of a service, for a caller that waits on it or kills it. */
    Process process(String service) {
        return serviceProcesses.process(service);
    }

    /** The running process of a service, whose exit the caller is about to cause. */
    Process endingOnPurpose(String service) {
        return serviceProcesses.endingOnPurpose(service);
    }

    /** Starts a service again that exited or was killed; see {@link ServiceProcesses#restart}. */
    void restart(String service) throws IOException {
        serviceProcesses.restart(service);
    }

    /** The shutdown hook: services first (they hold connections), then Kafka, then PostgreSQL. */
    void stop() {
        lifecycle.beginStopping();
        synchronized (lifecycle) {
            LOG.info("Stopping the stack");
            serviceProcesses.stop();
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
}
