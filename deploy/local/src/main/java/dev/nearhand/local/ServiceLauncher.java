package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts one Quarkus service as a child JVM wired to the local PostgreSQL, Kafka and key. */
final class ServiceLauncher {

    static final String ISSUER = TokenIssuer.ISSUER;

    private ServiceLauncher() {}

    /**
     * Sized for a laptop running all four services: a small serial-GC heap, and C1 only
     * (TieredStopAtLevel=1). On 2 cores, C2 compiling start-up code cost each service some 3.5 s of
     * CPU before its first ready answer, and in the system benchmark's escrow phase (60 s after a
     * 60 s warm-up) escrow-service still spent 34 ms of CPU per cycle with C2, still compiling,
     * against 23 ms with C1. Deployments keep the JVM defaults
     * (quarkus.jib.jvm-additional-arguments).
     */
    static List<String> command(ServiceSpec service, StackConfig config) {
        Path jar = service.jar(config.layout().root());
        List<String> command = new ArrayList<>();
        command.addAll(JavaCommand.ownSession());
        command.add(JavaCommand.javaBinary());
        command.addAll(
                List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        // The build's class-data archive: the classes the service loads, parsed and verified at
        // build time (root pom, profile appcds; ClassArchiveTraining). The JVM checks it against
        // this JDK and this quarkus-run.jar and, if either changed, logs one warning and runs
        // without it; there is none when the jar was packaged with AppCDS off.
        Path archive = appCdsArchive(service, config);
        if (config.classArchiveTraining()) {
            command.add(
                    "-XX:ArchiveClassesAtExit="
                            + trainingArchive(service, config).toAbsolutePath());
            // Otherwise the JVM logs each loaded class it cannot keep, some 3,000 lines.
            command.add("-Xlog:cds*=error");
        } else if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /**
     * The service's quarkus-app directory: the archive names its jar by the relative path it was
     * dumped with ({@code quarkus-run.jar}), so the JVM must start there to accept it.
     */
    static Path workingDirectory(ServiceSpec service, StackConfig config) {
        return service.jar(config.layout().root()).getParent();
    }

    static Path appCdsArchive(ServiceSpec service, StackConfig config) {
        return workingDirectory(service, config).resolve("app-cds.jsa");
    }

    /** Where a training run's JVM writes its archive as it exits. */
    static Path trainingArchive(ServiceSpec service, StackConfig config) {
        return workingDirectory(service, config).resolve("app-cds.jsa.training");
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
                        .directory(workingDirectory(service, config).toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment(service, config));
        return builder.start();
    }
}
