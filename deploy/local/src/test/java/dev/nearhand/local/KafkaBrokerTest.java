package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real broker as a child JVM from this module's classpath, on free ports in a temp dir. */
class KafkaBrokerTest {

    @TempDir Path dir;

    @Test
    void formatsOnceStartsAndCreatesTheContractTopics() throws Exception {
        int brokerPort = FreePorts.next();
        Path logDir = dir.resolve("kafka");
        Path config = dir.resolve("server.properties");
        Path log = dir.resolve("kafka.log");
        KafkaSetup.writeServerProperties(
                config, KafkaSetup.serverProperties(logDir, brokerPort, FreePorts.next()));
        String clusterId = KafkaSetup.clusterId(dir.resolve("cluster-id"));
        String classpath = JavaCommand.ownClasspath();

        assertThat(KafkaBroker.formatIfNeeded(config, logDir, clusterId, log, classpath)).isTrue();
        assertThat(KafkaBroker.formatIfNeeded(config, logDir, clusterId, log, classpath)).isFalse();

        ProcessHandle process;
        try (KafkaBroker kafka = KafkaBroker.start(config, log, classpath, brokerPort)) {
            process = kafka.process().toHandle();
            kafka.awaitListening(Duration.ofSeconds(60), () -> false);
            // In a session of its own where the system has setsid (JavaCommand.ownSession), so
            // the scheduler shares CPU with the broker as a whole, not thread by thread.
            if (!JavaCommand.ownSession().isEmpty()) {
                assertThat(sessionOf(process.pid())).isEqualTo(process.pid());
            }

            List<String> created =
                    KafkaTopics.ensure(
                            kafka.bootstrapServers(),
                            KafkaSetup.topics(Topics.ALL),
                            Duration.ofSeconds(60));
            assertThat(created).containsExactlyInAnyOrderElementsOf(Topics.ALL);
            assertThat(
                            KafkaTopics.ensure(
                                    kafka.bootstrapServers(),
                                    KafkaSetup.topics(Topics.ALL),
                                    Duration.ofSeconds(60)))
                    .isEmpty();

            try (Admin admin =
                    Admin.create(
                            Map.of(
                                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    kafka.bootstrapServers()))) {
                Map<String, TopicDescription> topics =
                        admin.describeTopics(Topics.ALL).allTopicNames().get();
                assertThat(topics.values())
                        .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
                assertThat(cleanupPolicy(admin, Topics.LISTING_SHOPS)).isEqualTo("compact");
                assertThat(cleanupPolicy(admin, Topics.REPUTATION_CREDIT)).isEqualTo("compact");
                assertThat(cleanupPolicy(admin, Topics.ESCROW_ESCROWS)).isEqualTo("delete");
            }
        }
        assertThat(ProcessControl.isRunning(process)).isFalse();
    }

    /** The session id, field 6 of /proc/PID/stat (after the command name in parentheses). */
    private static long sessionOf(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterName[3]);
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return config.get("cleanup.policy").value();
    }
}
