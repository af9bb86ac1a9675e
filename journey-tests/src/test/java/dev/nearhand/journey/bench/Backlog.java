package dev.nearhand.journey.bench;

import dev.nearhand.contracts.Topics;
import dev.nearhand.local.StackConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Where the escrow events wait: not yet relayed from escrow-service's outbox, or in Kafka not yet
 * consumed by reputation-service. Says which side falls behind under load. Holds one database
 * connection and one Kafka admin client while open.
 */
final class Backlog implements AutoCloseable {

    private static final String CONSUMER_GROUP = "reputation-service";

    private final Connection escrowDatabase;
    private final Admin kafka;

    /** The local stack's service role and password are the database's name. */
    Backlog(StackConfig config) throws SQLException {
        escrowDatabase = DriverManager.getConnection(config.jdbcUrl("escrow"), "escrow", "escrow");
        kafka =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                config.kafkaBootstrapServers()));
    }

    String describe() throws Exception {
        return unsent()
                + " unsent in escrow's outbox, "
                + unconsumed()
                + " after reputation's committed offsets (committed every 5 s, so an upper bound)";
    }

    /**
     * Waits until reputation-service has consumed every escrow event so far, so that a timed phase
     * does not also pay for the one before it.
     */
    void awaitConsumed() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (unsent() > 0 || unconsumed() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reputation still behind after 10 min");
            }
            Thread.sleep(200);
        }
    }

    /** Rows escrow-service's relay has not yet sent. */
    private long unsent() throws SQLException {
        try (Statement statement = escrowDatabase.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Records of the escrow topic after reputation-service's committed offsets. */
    private long unconsumed() throws Exception {
        return ConsumerLag.behind(kafka, CONSUMER_GROUP, Topics.ESCROW_ESCROWS);
    }

    @Override
    public void close() throws SQLException {
        kafka.close();
        escrowDatabase.close();
    }
}
