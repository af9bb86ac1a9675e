package dev.nearhand.escrow.service;

import dev.nearhand.escrow.config.EscrowConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fires due deadlines: HELD escrows not accepted in time expire, DELIVERED ones not released or
 * disputed in time are released. Deadlines live on the escrow rows, so they survive restarts; each
 * escrow is claimed with {@code SKIP LOCKED}, so with several replicas each fires exactly once.
 */
@ApplicationScoped
public class EscrowTimers {

    private final EscrowActionService actions;
    private final EscrowConfig.Timers config;

    EscrowTimers(EscrowActionService actions, EscrowConfig config) {
        this.actions = actions;
        this.config = config.timers();
    }

    @Scheduled(
            every = "${escrow.timers.every:30s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.enabled()) {
            runDue();
        }
    }

    /**
     * Fires up to a batch of due deadlines, each in its own transaction.
     *
     * @return how many escrows moved
     */
    public int runDue() {
        int fired = 0;
        try {
            while (fired < config.batchSize() && actions.fireNextDue()) {
                fired++;
            }
        } catch (RuntimeException e) {
            // The failed escrow's transaction rolled back; it stays due for the next run.
            Log.error("escrow timer run stopped after a failure", e);
        }
        if (fired > 0) {
            Log.infof("escrow timers fired %d deadlines", fired);
        }
        return fired;
    }
}
