package dev.nearhand.journey.bench;

import dev.nearhand.contracts.Topics;
import dev.nearhand.local.StackConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a phase's escrow events wait when it ends: not yet relayed from escrow-service's outbox, or
 * in Kafka not yet consumed by reputation-service. Says which side falls behind under load.
 */
final class Backlog {

    private Backlog() {}

    static String ofEscrowEvents(StackConfig config) throws Exception {
        return unsent(config)
                + " unsent in escrow's outbox, "
                + unconsumed(config, "reputation-service", Topics.ESCROW_ESCROWS)
                + " after reputation's committed offsets (committed every 5 s, so an upper bound)";
    }

    /**
     * Waits until reputation-service has consumed every escrow event so far, so that a timed phase
     * does not also pay for the one before it.
     */
    static void awaitConsumedByReputation(StackConfig config) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (unsent(config) > 0
                || unconsumed(config, "reputation-service", Topics.ESCROW_ESCROWS) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reputation still behind after 10 min");
            }
            Thread.sleep(200);
        }
    }

    /**
     * Rows escrow-service's relay has not yet sent (the local stack's role is the database's name).
     */
    private static long unsent(StackConfig config) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(config.jdbcUrl("escrow"), "escrow", "escrow");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long unconsumed(StackConfig config, String group, String topic)
            throws Exception {
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                config.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin
                            .listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata()
                            .get()
                            .entrySet()
                            .stream()
                            .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<TopicPartition, OffsetSpec> latest =
                    committed.keySet().stream()
                            .collect(
                                    Collectors.toMap(
                                            partition -> partition, p -> OffsetSpec.latest()));
            long behind = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                behind += end.getValue().offset() - committed.get(end.getKey()).offset();
            }
            return behind;
        }
    }
}
