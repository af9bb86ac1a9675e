package dev.nearhand.platform.outbox;

import dev.nearhand.platform.outbox.OutboxBatches.RelayFailedException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves committed outbox events to Kafka on one background thread: woken by each commit, and
 * polling as a fallback (for events committed by another replica or before a restart). Events are
 * retried until the broker acknowledges them; the thread never gives up on one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final OutboxBatches batches;
    private final RelaySignal signal;
    private final OutboxConfig config;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(OutboxBatches batches, RelaySignal signal, OutboxConfig config) {
        this.batches = batches;
        this.signal = signal;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            Log.info("outbox relay disabled by configuration");
            return;
        }
        start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stop();
    }

    /** Starts the relay thread; also how operators' tooling and tests restart a stopped relay. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        Log.infof(
                "outbox relay started (poll every %s, batches of %d)",
                config.pollInterval(), config.batchSize());
    }

    /**
     * Stops the relay after it has flushed what is committed; later events wait for the next start.
     */
    public synchronized void stop() throws InterruptedException {
        if (thread == null) {
            return;
        }
        // Let the relay finish what is committed before the broker connection goes away.
        running = false;
        signal.wake();
        thread.join(SHUTDOWN_GRACE.toMillis());
        thread = null;
    }

    private void run() {
        while (running) {
            try {
                signal.await(config.pollInterval());
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.error("outbox relay pass failed; retrying", e);
            }
        }
        drainOnceQuietly();
    }

    private void drain() throws InterruptedException {
        try {
            int published;
            do {
                published = batches.publishNext();
                if (published > 0) {
                    Log.debugf("outbox relay published %d events", published);
                }
            } while (published == config.batchSize()); // a full batch means more may be waiting
        } catch (RelayFailedException failure) {
            Log.warnf(
                    "outbox relay: %s (%s); retrying in %s",
                    failure.getMessage(), failure.getCause(), config.retryBackoff());
            batches.recordFailure(failure);
            Thread.sleep(config.retryBackoff().toMillis());
        }
    }

    private void drainOnceQuietly() {
        try {
            batches.publishNext();
        } catch (RuntimeException e) {
            Log.warn(
                    "outbox relay could not flush before shutdown; events stay pending for the next start",
                    e);
        }
    }

    /**
     * Published events are not needed to guarantee delivery; keep them a while for investigation.
     */
    @Scheduled(every = "1h", delayed = "1m")
    void deleteOldPublished() {
        long deleted = batches.deletePublishedBefore(Instant.now().minus(config.retention()));
        if (deleted > 0) {
            Log.debugf(
                    "outbox: deleted %d published events older than %s",
                    deleted, config.retention());
        }
    }
}
