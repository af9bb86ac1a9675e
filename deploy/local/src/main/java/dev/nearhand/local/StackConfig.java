package dev.nearhand.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private StackConfig(
            StackLayout layout,
            int postgresPort,
            int kafkaPort,
            int kafkaControllerPort,
            List<ServiceSpec> services,
            Map<String, Map<String, String>> environment) {
        this.layout = layout;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.kafkaControllerPort = kafkaControllerPort;
        this.services = List.copyOf(services);
        this.environment = Map.copyOf(environment);
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
                Map.of());
    }

    /** PostgreSQL, the Kafka broker and the Kafka controller on other ports. */
    public StackConfig withInfrastructurePorts(int postgres, int kafka, int kafkaController) {
        return new StackConfig(layout, postgres, kafka, kafkaController, services, environment);
    }

    /** One service (by name, {@code escrow-service} or {@code escrow}) on another HTTP port. */
    public StackConfig withServicePort(String service, int port) {
        ServiceSpec target = require(service);
        List<ServiceSpec> moved =
                services.stream()
                        .map(spec -> spec.name().equals(target.name()) ? spec.withPort(port) : spec)
                        .toList();
        return new StackConfig(
                layout, postgresPort, kafkaPort, kafkaControllerPort, moved, environment);
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
                layout, postgresPort, kafkaPort, kafkaControllerPort, services, changed);
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
