package dev.nearhand.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a stack runs with: its home, its ports and extra environment per service. {@link #defaults}
 * is {@code ./nearhand}'s fixed set; tests derive their own with the {@code with*} methods.
 */
public final class StackConfig {

    private final StackLayout layout;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final List<ServiceSpec> services;
    private final Map<String, Map<String, String>> environment;
    private final boolean classArchiveTraining;

    private StackConfig(
            StackLayout layout,
            int postgresPort,
            int kafkaPort,
            int kafkaControllerPort,
            List<ServiceSpec> services,
            Map<String, Map<String, String>> environment,
            boolean classArchiveTraining) {
        this.layout = layout;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.kafkaControllerPort = kafkaControllerPort;
        this.services = List.copyOf(services);
        this.environment = Map.copyOf(environment);
        this.classArchiveTraining = classArchiveTraining;
    }

    /**
     * The four services on {@code ./nearhand}'s ports (see {@link Ports} and {@link ServiceSpec}).
     */
    public static StackConfig defaults(StackLayout layout) {
        return defaults(layout, ServiceSpec.ALL);
    }

    static StackConfig defaults(StackLayout layout, List<ServiceSpec> services) {
        return new StackConfig(
                layout,
                Ports.POSTGRES,
                Ports.KAFKA_BROKER,
                Ports.KAFKA_CONTROLLER,
                services,
                Map.of(),
                false);
    }

    /** PostgreSQL, the Kafka broker and the Kafka controller on other ports. */
    public StackConfig withInfrastructurePorts(int postgres, int kafka, int kafkaController) {
        return new StackConfig(
                layout,
                postgres,
                kafka,
                kafkaController,
                services,
                environment,
                classArchiveTraining);
    }

    /**
     * Everything on a block of free ports in 21000-29999, away from {@code ./nearhand}'s fixed ones
     * and from the ephemeral range: a stack of tests or benchmarks beside a developer's running
     * one.
     */
    public StackConfig onFreePorts() {
        int size = 3 + services.size();
        int start = (int) (ProcessHandle.current().pid() % 90);
        for (int i = 0; i < 90; i++) {
            int base = 21_000 + (start + i) % 90 * 100;
            if (IntStream.range(0, size).allMatch(k -> Ports.isFree(base + k))) {
                StackConfig moved = withInfrastructurePorts(base, base + 1, base + 2);
                for (int k = 0; k < services.size(); k++) {
                    moved = moved.withServicePort(services.get(k).name(), base + 3 + k);
                }
                return moved;
            }
        }
        throw new IllegalStateException("no free block of ports in 21000-29999");
    }

    /**
     * Services record the classes they load into a new class-data archive when they stop, instead
     * of starting from the build's (see {@link ClassArchiveTraining}).
     */
    StackConfig withClassArchiveTraining() {
        return new StackConfig(
                layout, postgresPort, kafkaPort, kafkaControllerPort, services, environment, true);
    }

    boolean classArchiveTraining() {
        return classArchiveTraining;
    }

    /** One service (by name, {@code escrow-service} or {@code escrow}) on another HTTP port. */
    public StackConfig withServicePort(String service, int port) {
        ServiceSpec target = require(service);
        List<ServiceSpec> moved =
                services.stream()
                        .map(spec -> spec.name().equals(target.name()) ? spec.withPort(port) : spec)
                        .toList();
        return new StackConfig(
                layout,
                postgresPort,
                kafkaPort,
                kafkaControllerPort,
                moved,
                environment,
                classArchiveTraining);
    }

    /**
     * Extra environment for one service, on top of the stack's own; MicroProfile Config reads it as
     * configuration ({@code ESCROW_ACCEPT_WITHIN=10s} sets {@code escrow.accept-within}).
     */
    public StackConfig withEnvironment(String service, Map<String, String> variables) {
        String name = require(service).name();
        Map<String, Map<String, String>> changed = new LinkedHashMap<>(environment);
        Map<String, String> merged = new LinkedHashMap<>(changed.getOrDefault(name, Map.of()));
        merged.putAll(variables);
        changed.put(name, Map.copyOf(merged));
        return new StackConfig(
                layout,
                postgresPort,
                kafkaPort,
                kafkaControllerPort,
                services,
                changed,
                classArchiveTraining);
    }

    public StackLayout layout() {
        return layout;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** A service database's JDBC URL (its role and password are the database's name). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    /** For example {@code http://127.0.0.1:8083} for {@code escrow-service}. */
    public String serviceUrl(String service) {
        return require(service).baseUrl();
    }

    public List<String> serviceNames() {
        return ServiceSpec.names(services);
    }

    List<ServiceSpec> services() {
        return services;
    }

    ServiceSpec service(String name) {
        return require(name);
    }

    Map<String, String> environment(ServiceSpec service) {
        return environment.getOrDefault(service.name(), Map.of());
    }

    private ServiceSpec require(String name) {
        ServiceSpec known = ServiceSpec.byName(name);
        if (known == null) {
            throw new IllegalArgumentException("unknown service: " + name);
        }
        return services.stream()
                .filter(spec -> spec.name().equals(known.name()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(name + " is not part of this stack"));
    }
}
