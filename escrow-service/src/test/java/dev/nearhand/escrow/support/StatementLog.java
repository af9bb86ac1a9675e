package dev.nearhand.escrow.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that request threads send, so a test can count the database round trips one
 * request costs. Only HTTP worker threads are recorded: the outbox relay and the Kafka consumers
 * run their own statements concurrently and would blur the count.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class StatementLog implements StatementInspector {

    private final List<String> statements = new ArrayList<>();

    @Override
    public String inspect(String sql) {
        if (Thread.currentThread().getName().startsWith("executor-thread")) {
            synchronized (statements) {
                statements.add(sql);
            }
        }
        return sql;
    }

    public void clear() {
        synchronized (statements) {
            statements.clear();
        }
    }

    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }
}
