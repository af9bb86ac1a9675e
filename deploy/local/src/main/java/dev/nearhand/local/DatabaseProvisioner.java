package dev.nearhand.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/** Creates, when missing, a login role and a database per service, and matching's extensions. */
final class DatabaseProvisioner {

    static final String MATCHING_DATABASE = "matching";

    /** cube before earthdistance, which depends on it. */
    static final List<String> MATCHING_EXTENSIONS =
            List.of("cube", "earthdistance", "pg_trgm", "btree_gist");

    private final Function<String, DataSource> superuser;

    /**
     * @param superuser a superuser data source for a given database name
     */
    DatabaseProvisioner(Function<String, DataSource> superuser) {
        this.superuser = superuser;
    }

    void provision(List<String> databases) throws SQLException {
        try (Connection connection = superuser.apply("postgres").getConnection()) {
            for (String database : databases) {
                requireSimpleName(database);
                ensureRole(connection, database);
                ensureDatabase(connection, database);
            }
        }
        if (databases.contains(MATCHING_DATABASE)) {
            try (Connection connection = superuser.apply(MATCHING_DATABASE).getConnection();
                    Statement statement = connection.createStatement()) {
                for (String extension : MATCHING_EXTENSIONS) {
                    statement.execute("CREATE EXTENSION IF NOT EXISTS " + extension);
                }
            }
        }
    }

    private static void ensureRole(Connection connection, String role) throws SQLException {
        String verb =
                exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)
                        ? "ALTER"
                        : "CREATE";
        try (Statement statement = connection.createStatement()) {
            // Also on ALTER: the password is part of the documented local contract, so put it back
            // if changed.
            statement.execute(verb + " ROLE " + role + " WITH LOGIN PASSWORD '" + role + "'");
        }
    }

    private static void ensureDatabase(Connection connection, String database) throws SQLException {
        if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
            try (Statement statement = connection.createStatement()) {
                // The owner gets the public schema too (pg_database_owner), so Flyway can create
                // tables there.
                statement.execute("CREATE DATABASE " + database + " OWNER " + database);
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /**
     * Names go into DDL, which takes no bind parameters: allow only plain lower-case identifiers.
     */
    private static void requireSimpleName(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
    }
}
