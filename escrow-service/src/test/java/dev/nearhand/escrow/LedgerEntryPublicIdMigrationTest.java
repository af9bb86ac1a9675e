package dev.nearhand.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V6 gives entries written before it a public id of their own. The application's schema was created
 * empty and migrated in one go, so this migrates a scratch schema to V5, writes entries there the
 * way the ledger does, and then migrates it on.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class LedgerEntryPublicIdMigrationTest {

    private static final String SCHEMA = "v6_backfill_check";

    @Inject DataSource dataSource;

    @AfterEach
    void dropScratchSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void shouldGiveEveryEntryWrittenBeforeV6ItsOwnRandomPublicId() throws SQLException {
        migrate("5");
        execute(
                "INSERT INTO account (kind, owner_id, currency) VALUES ('AVAILABLE', 'saver',"
                        + " 'EUR'), ('CLEARING', 'sandbox', 'EUR')",
                "INSERT INTO journal (id, kind, created_at) VALUES ('"
                        + UUID.randomUUID()
                        + "', 'TOP_UP', now()), ('"
                        + UUID.randomUUID()
                        + "', 'TOP_UP', now())",
                "INSERT INTO ledger_entry (journal_id, account_id, currency, amount, balance_after,"
                        + " created_at) SELECT j.id, a.id, 'EUR', CASE a.kind WHEN 'CLEARING' THEN"
                        + " -1 ELSE 1 END, 0, now() FROM journal j CROSS JOIN account a");

        migrate(null);

        List<String> ids =
                inScratch(
                        statement -> {
                            List<String> found = new ArrayList<>();
                            try (ResultSet rows =
                                    statement.executeQuery("SELECT public_id FROM ledger_entry")) {
                                while (rows.next()) {
                                    found.add(rows.getString(1));
                                }
                            }
                            return found;
                        });
        assertThat(ids).hasSize(4).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
    }

    /** Migrates the scratch schema up to {@code version}, or to the newest when null. */
    private void migrate(String version) {
        var config =
                Flyway.configure()
                        .dataSource(dataSource)
                        .schemas(SCHEMA)
                        .locations("classpath:db/migration");
        if (version != null) {
            config.target(version);
        }
        config.load().migrate();
    }

    private void execute(String... statements) throws SQLException {
        inScratch(
                statement -> {
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                    return null;
                });
    }

    private interface Work<T> {
        T on(Statement statement) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on the scratch schema, as its triggers expect. The
     * search path is set for that transaction only: the connection goes back to the application's
     * pool afterwards.
     */
    private <T> T inScratch(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("SET LOCAL search_path TO " + SCHEMA);
                T result = work.on(statement);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
