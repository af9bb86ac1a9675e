package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts one Quarkus service as a child JVM wired to the local PostgreSQL, Kafka and key. */
final class ServiceLauncher {

    static final String ISSUER = TokenIssuer.ISSUER;

    private ServiceLauncher() {}

    static List<String> command(ServiceSpec service, StackConfig config) {
        return List.of(
                JavaCommand.javaBinary(),
                "-Xms64m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-jar",
                service.jar(config.layout().root()).toString());
    }

    /**
     * Environment variables override the services' application.properties (MicroProfile Config);
     * the stack's extra variables for the service come last, so they may override these too.
     */
    static Map<String, String> environment(ServiceSpec service, StackConfig config) {
        StackLayout layout = config.layout();
        String database = service.database();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        // Local only: the stack trusts tokens from a key on this disk, so it should not be
        // reachable from the LAN.
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", database);
        env.put("QUARKUS_DATASOURCE_PASSWORD", database);
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                new LocalKeys(layout.keysDir()).publicKeyFile().toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.putAll(config.environment(service));
        return env;
    }

    static Process start(ServiceSpec service, StackConfig config, Path logFile) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command(service, config))
                        .directory(config.layout().root().toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment(service, config));
        return builder.start();
    }
}
