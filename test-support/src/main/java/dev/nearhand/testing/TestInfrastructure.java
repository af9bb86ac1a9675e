package dev.nearhand.testing;

import dev.nearhand.contracts.Topics;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * The one PostgreSQL server and one Kafka broker of a test JVM.
 *
 * <p>Addresses are published as system properties because Quarkus loads test resources and tests in
 * different class loaders: a static field would not be seen by both, a system property is.
 */
public final class TestInfrastructure {

    public static final String DB_USER = "postgres";
    public static final String DB_PASSWORD = "postgres";

    private static final String JDBC_URL_PROPERTY = "nearhand.test.jdbc-url";
    private static final String KAFKA_PROPERTY = "nearhand.test.kafka-bootstrap-servers";

    private final String jdbcUrl;
    private final String kafkaBootstrapServers;

    private TestInfrastructure(String jdbcUrl, String kafkaBootstrapServers) {
        this.jdbcUrl = jdbcUrl;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    /** Returns the running infrastructure, starting it on first use in this JVM. */
    public static synchronized TestInfrastructure shared() {
        String jdbcUrl = System.getProperty(JDBC_URL_PROPERTY);
        String kafka = System.getProperty(KAFKA_PROPERTY);
        if (jdbcUrl == null || kafka == null) {
            jdbcUrl = startPostgres();
            kafka = startKafka();
            System.setProperty(JDBC_URL_PROPERTY, jdbcUrl);
            System.setProperty(KAFKA_PROPERTY, kafka);
        }
        return new TestInfrastructure(jdbcUrl, kafka);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    private static String startPostgres() {
        try {
            // A UTF-8 locale, as in the local stack: pg_trgm ignores CJK characters without one.
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return postgres.getJdbcUrl(DB_USER, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static String startKafka() {
        try {
            KafkaClusterTestKit kafka =
                    new KafkaClusterTestKit.Builder(
                                    new TestKitNodes.Builder()
                                            // Our own directory: Kafka's default temp directory has
                                            // a JVM-exit hook deleting it while the broker is still
                                            // shutting down, and a broker whose log dir vanishes
                                            // halts the JVM with exit code 1 (a failed build).
                                            .setBaseDirectory(
                                                    Files.createTempDirectory(
                                                            "nearhand-kafka-test"))
                                            .setCombined(true)
                                            .setNumBrokerNodes(1)
                                            .setNumControllerNodes(1)
                                            .build())
                            .setConfigProp("num.partitions", "3")
                            .setConfigProp("group.initial.rebalance.delay.ms", "0")
                            // One broker: internal topics cannot have the default replication
                            // factor of 3.
                            .setConfigProp("offsets.topic.replication.factor", "1")
                            .setConfigProp("offsets.topic.num.partitions", "5")
                            .setConfigProp("transaction.state.log.replication.factor", "1")
                            .setConfigProp("transaction.state.log.min.isr", "1")
                            .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                            // As in production, topics exist because someone created them, not by
                            // accident.
                            .setConfigProp("auto.create.topics.enable", "false")
                            .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(kafka)));
            createTopics(kafka.bootstrapServers(), Topics.ALL);
            return kafka.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the Kafka test broker", e);
        }
    }

    /**
     * Creates topics with three partitions, as the local stack does; existing ones are left alone.
     */
    public static void createTopics(String bootstrapServers, Collection<String> names) {
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> topics =
                    names.stream().map(name -> new NewTopic(name, 3, (short) 1)).toList();
            admin.createTopics(topics)
                    .values()
                    .values()
                    .forEach(TestInfrastructure::ignoreExisting);
        }
    }

    public void createTopics(String... names) {
        createTopics(kafkaBootstrapServers, List.of(names));
    }

    private static void ignoreExisting(KafkaFuture<Void> creation) {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // The JVM is exiting; nothing useful can be done with a failure to stop.
        }
    }
}
