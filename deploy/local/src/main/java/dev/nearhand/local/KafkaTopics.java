package dev.nearhand.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the stack's topics through the admin client, idempotently, once the broker listens. */
final class KafkaTopics {

    private KafkaTopics() {}

    /**
     * Creates missing topics; existing ones keep their data, but the snapshot topics are made
     * compacted again.
     */
    static List<String> ensure(
            String bootstrapServers, Collection<NewTopic> topics, Duration timeout)
            throws InterruptedException, ExecutionException {
        Map<String, Object> config =
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        (int) timeout.toMillis(),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        10_000);
        List<String> created = new ArrayList<>();
        try (Admin admin = Admin.create(config)) {
            for (Map.Entry<String, KafkaFuture<Void>> result :
                    admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get();
                    created.add(result.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    if (KafkaSetup.COMPACTED.contains(result.getKey())) {
                        compact(admin, result.getKey());
                    }
                }
            }
        }
        return created;
    }

    private static void compact(Admin admin, String topic)
            throws InterruptedException, ExecutionException {
        AlterConfigOp op =
                new AlterConfigOp(
                        new ConfigEntry(
                                TopicConfig.CLEANUP_POLICY_CONFIG,
                                TopicConfig.CLEANUP_POLICY_COMPACT),
                        AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(
                        Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(op)))
                .all()
                .get();
    }
}
