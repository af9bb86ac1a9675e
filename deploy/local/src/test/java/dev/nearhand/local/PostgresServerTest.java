package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real embedded PostgreSQL, on a free port in a temporary directory. */
class PostgresServerTest {

    private static final List<String> DATABASES =
            List.of("listing", "matching", "escrow", "reputation");

    @TempDir Path dir;

    @Test
    void provisionsEachServiceAndKeepsTheDataAcrossRestarts() throws Exception {
        int port = FreePorts.next();
        Path data = dir.resolve("postgres");
        Path log = dir.resolve("postgres.log");

        try (PostgresServer postgres = PostgresServer.start(data, port, log)) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(postgres::superuser);
            provisioner.provision(DATABASES);
            provisioner.provision(DATABASES);

            try (Connection matching = connect(port, "matching");
                    Statement statement = matching.createStatement()) {
                ResultSet distance =
                        statement.executeQuery(
                                "SELECT earth_distance(ll_to_earth(0,0), ll_to_earth(0,1)), current_user");
                distance.next();
                assertThat(distance.getDouble(1)).isBetween(111_000.0, 111_400.0);
                assertThat(distance.getString(2)).isEqualTo("matching");
                // pg_trgm sees Chinese characters as word characters only under a UTF-8 ctype.
                ResultSet similarity = statement.executeQuery("SELECT similarity('咖啡店', '咖啡')");
                similarity.next();
                assertThat(similarity.getDouble(1)).isGreaterThan(0.0);
                statement.execute("CREATE TABLE survivor (id int)");
                statement.execute("INSERT INTO survivor VALUES (42)");
            }
            for (String database : DATABASES) {
                try (Connection connection = connect(port, database)) {
                    assertThat(connection.getCatalog()).isEqualTo(database);
                }
            }
        }
        assertThat(PostgresServer.findPostmaster(data)).isEmpty();

        try (PostgresServer again = PostgresServer.start(data, port, log);
                Connection matching = connect(port, "matching");
                Statement statement = matching.createStatement()) {
            ResultSet kept = statement.executeQuery("SELECT id FROM survivor");
            assertThat(kept.next()).isTrue();
            assertThat(kept.getInt(1)).isEqualTo(42);
        }
        // initdb ran for the first start only: the second reused the directory.
        assertThat(Files.readString(log).split("performing post-bootstrap initialization", -1))
                .hasSize(2);
    }

    private static Connection connect(int port, String database) throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database, database, database);
    }
}
