package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nearhand.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated configuration: broker properties, topics, service environment and selection. */
class StackConfigTest {

    @TempDir Path dir;

    @Test
    void theBrokerIsASingleCombinedNodeOnLoopbackWithReplicationOne() throws Exception {
        Path file = dir.resolve("server.properties");
        KafkaSetup.writeServerProperties(
                file, KafkaSetup.serverProperties(dir.resolve("kafka"), 19092, 19093));

        Properties config = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            config.load(reader);
        }
        assertThat(config)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry(
                        "listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", dir.resolve("kafka").toAbsolutePath().toString())
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("num.partitions", "3")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1");
    }

    @Test
    void everyContractTopicHasThreePartitionsAndTheSnapshotsAreCompacted() {
        List<NewTopic> topics = KafkaSetup.topics(Topics.ALL);

        assertThat(topics).extracting(NewTopic::name).containsExactlyElementsOf(Topics.ALL);
        assertThat(topics)
                .allSatisfy(
                        topic -> {
                            assertThat(topic.numPartitions()).isEqualTo(3);
                            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
                        });
        assertThat(topics)
                .filteredOn(
                        topic ->
                                topic.configs() != null
                                        && "compact".equals(topic.configs().get("cleanup.policy")))
                .extracting(NewTopic::name)
                .containsExactlyInAnyOrder(
                        "listing.shops.v1", "listing.listings.v1", "reputation.credit.v1");
    }

    @Test
    void theClusterIdIsCreatedOnceAndThenKept() throws Exception {
        Path file = dir.resolve("data/kafka-cluster-id");
        String id = KafkaSetup.clusterId(file);

        assertThat(id).hasSize(22);
        assertThat(KafkaSetup.clusterId(file)).isEqualTo(id);
    }

    @Test
    void eachServiceGetsItsPortDatabaseKafkaAndTheLocalKey() {
        StackConfig config = StackConfig.defaults(new StackLayout(dir));
        ServiceSpec matching = ServiceSpec.byName("matching-service");

        Map<String, String> env = ServiceLauncher.environment(matching, config);

        assertThat(env)
                .containsEntry("QUARKUS_HTTP_PORT", "8082")
                .containsEntry(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/matching")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "matching")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "matching")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        dir.resolve(".nearhand/keys/public.pem").toString())
                .containsEntry("MP_JWT_VERIFY_ISSUER", "nearhand-local");
        List<String> ownSession = JavaCommand.ownSession();
        assertThat(ServiceLauncher.command(matching, config))
                .startsWith(ownSession.toArray(String[]::new))
                .element(ownSession.size())
                .isEqualTo(JavaCommand.javaBinary());
        assertThat(ServiceLauncher.command(matching, config))
                .containsSequence(
                        "-Xms64m",
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        dir.resolve("matching-service/target/quarkus-app/quarkus-run.jar")
                                .toString())
                .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void aServiceStartsInItsAppDirectoryWithTheBuildsAppCdsArchive() throws Exception {
        StackConfig config = StackConfig.defaults(new StackLayout(dir));
        ServiceSpec listing = ServiceSpec.byName("listing-service");
        Path app = dir.resolve("listing-service/target/quarkus-app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("app-cds.jsa"), "archive");

        assertThat(ServiceLauncher.workingDirectory(listing, config)).isEqualTo(app);
        assertThat(ServiceLauncher.command(listing, config))
                .containsSequence(
                        "-XX:SharedArchiveFile=" + app.resolve("app-cds.jsa"),
                        "-jar",
                        app.resolve("quarkus-run.jar").toString());
    }

    @Test
    void aTrainingRunRecordsItsClassesBesideTheArchiveInsteadOfUsingIt() throws Exception {
        StackConfig config = StackConfig.defaults(new StackLayout(dir)).withClassArchiveTraining();
        ServiceSpec listing = ServiceSpec.byName("listing-service");
        Path app = dir.resolve("listing-service/target/quarkus-app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("app-cds.jsa"), "archive");

        assertThat(ServiceLauncher.command(listing, config))
                .containsSequence(
                        "-XX:ArchiveClassesAtExit="
                                + app.resolve("app-cds.jsa.training").toAbsolutePath(),
                        "-Xlog:cds*=error",
                        "-jar",
                        app.resolve("quarkus-run.jar").toString())
                .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
        assertThat(StackConfig.defaults(new StackLayout(dir)).classArchiveTraining()).isFalse();
    }

    @Test
    void onFreePortsMovesEverythingToOneBlockAwayFromTheFixedPorts() {
        StackConfig config =
                StackConfig.defaults(new StackLayout(dir, dir.resolve("target/stack")))
                        .withEnvironment("escrow-service", Map.of("ESCROW_ACCEPT_WITHIN", "10s"))
                        .onFreePorts();

        List<Integer> ports = Ports.claims(config).stream().map(Ports.Claim::port).toList();
        assertThat(ports).hasSize(7).doesNotHaveDuplicates().allMatch(Ports::isFree);
        assertThat(ports).allSatisfy(port -> assertThat(port).isBetween(21_000, 29_999));
        assertThat(ports.get(6) - ports.get(0)).isEqualTo(6);
        assertThat(ServiceLauncher.environment(config.service("escrow"), config))
                .containsEntry("ESCROW_ACCEPT_WITHIN", "10s");
    }

    @Test
    void aTestStackHasItsOwnHomePortsAndServiceEnvironment() throws Exception {
        StackLayout layout = new StackLayout(dir, dir.resolve("target/stack"));
        StackConfig config =
                StackConfig.defaults(layout)
                        .withInfrastructurePorts(25432, 29092, 29093)
                        .withServicePort("escrow", 28083)
                        .withEnvironment("escrow-service", Map.of("ESCROW_ACCEPT_WITHIN", "10s"));
        ServiceSpec escrow = config.service("escrow-service");

        assertThat(config.serviceUrl("escrow-service")).isEqualTo("http://127.0.0.1:28083");
        assertThat(config.serviceUrl("listing")).isEqualTo("http://127.0.0.1:8081");
        assertThat(ServiceLauncher.environment(escrow, config))
                .containsEntry("QUARKUS_HTTP_PORT", "28083")
                .containsEntry(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:25432/escrow")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092")
                .containsEntry(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        dir.resolve("target/stack/keys/public.pem").toString())
                .containsEntry("ESCROW_ACCEPT_WITHIN", "10s");
        assertThat(ServiceLauncher.environment(config.service("listing"), config))
                .doesNotContainKey("ESCROW_ACCEPT_WITHIN");
        assertThat(ServiceLauncher.command(escrow, config))
                .endsWith(
                        dir.resolve("escrow-service/target/quarkus-app/quarkus-run.jar")
                                .toString());
        assertThat(Ports.claims(config))
                .extracting(Ports.Claim::port)
                .containsExactly(25432, 29092, 29093, 8081, 8082, 28083, 8084);

        KafkaSetup.prepare(config);
        assertThat(Files.readString(layout.kafkaConfigFile()))
                .contains("listeners=PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093")
                .contains("log.dirs=" + dir.resolve("target/stack/data/kafka"));
    }

    @Test
    void nearhandServicesSelectsAllNoneOrSome() {
        assertThat(ServiceSpec.selected(null)).isEqualTo(ServiceSpec.ALL);
        assertThat(ServiceSpec.selected("none")).isEmpty();
        assertThat(ServiceSpec.selected("escrow, listing-service"))
                .extracting(ServiceSpec::name)
                .containsExactly("listing-service", "escrow-service");
        assertThatThrownBy(() -> ServiceSpec.selected("billing"))
                .hasMessageContaining("unknown service 'billing'");
    }
}
