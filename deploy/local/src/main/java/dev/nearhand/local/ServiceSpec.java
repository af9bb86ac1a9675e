package dev.nearhand.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One of the four Quarkus services: its HTTP port, its database and where its jar is built. */
record ServiceSpec(String name, int port, String database) {

    static final List<ServiceSpec> ALL =
            List.of(
                    new ServiceSpec("listing-service", 8081, "listing"),
                    new ServiceSpec("matching-service", 8082, "matching"),
                    new ServiceSpec("escrow-service", 8083, "escrow"),
                    new ServiceSpec("reputation-service", 8084, "reputation"));

    /**
     * Debugging aid: {@code NEARHAND_SERVICES=none} runs PostgreSQL and Kafka only; a comma list
     * picks services.
     */
    static final String SELECTION_VARIABLE = "NEARHAND_SERVICES";

    static List<ServiceSpec> selectedFromEnvironment() {
        return selected(System.getenv(SELECTION_VARIABLE));
    }

    static List<ServiceSpec> selected(String setting) {
        if (setting == null || setting.isBlank() || setting.trim().equalsIgnoreCase("all")) {
            return ALL;
        }
        if (setting.trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<ServiceSpec> chosen = new ArrayList<>();
        for (String wanted : setting.split(",")) {
            ServiceSpec spec = byName(wanted.trim().toLowerCase(Locale.ROOT));
            if (spec == null) {
                throw CliException.usage(
                        SELECTION_VARIABLE
                                + ": unknown service '"
                                + wanted.trim()
                                + "' (use none, all, or a comma list of "
                                + String.join(", ", names(ALL))
                                + ")");
            }
            if (!chosen.contains(spec)) {
                chosen.add(spec);
            }
        }
        // Keep the canonical order so that tables and start-up read the same every time.
        return ALL.stream().filter(chosen::contains).toList();
    }

    /** Accepts both {@code listing-service} and the short {@code listing}. */
    static ServiceSpec byName(String name) {
        for (ServiceSpec spec : ALL) {
            if (spec.name.equals(name) || spec.database.equals(name)) {
                return spec;
            }
        }
        return null;
    }

    static List<String> names(List<ServiceSpec> specs) {
        return specs.stream().map(ServiceSpec::name).toList();
    }

    ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, database);
    }

    Path jar(Path repoRoot) {
        return repoRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String apiUrl() {
        return baseUrl() + "/api";
    }

    String swaggerUrl() {
        return baseUrl() + "/q/swagger-ui";
    }

    String readinessUrl() {
        return baseUrl() + "/q/health/ready";
    }
}
