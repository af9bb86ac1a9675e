package dev.nearhand.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How every consumer takes its records: an event it cannot read is logged and skipped; applying a
 * readable one is tried again, with growing pauses, until it succeeds or {@code give-up-after} has
 * passed.
 *
 * <p>Why: a consumer method that throws fails its channel (SmallRye stops polling it and the health
 * check turns DOWN), so a dropped database connection, a restarting PostgreSQL or a lock timeout
 * would stop a read model until the process restarted. Each attempt is the caller's own
 * transaction; the inbox makes an attempt after a committed one a no-op. A failure that outlasts
 * {@code give-up-after} is thrown after all: the channel fails visibly and an orchestrator restarts
 * the service, which reads the event again; it is never skipped. Records of one partition are
 * applied in order, so a retried event holds back the ones after it.
 *
 * <p>The one exception is an event the database cannot store (SQL states 22, a data exception, and
 * 54, a program limit such as an index row too large): no retry and no restart can store it, and
 * holding it would hold back its partition for good. It is logged, counted ({@code
 * nearhand.consumer.skipped}) and skipped; in a batch, the others are applied one by one so that
 * only it is lost.
 */
@ApplicationScoped
public class Intake {

    private final Counter retries;
    private final Counter skipped;
    private final Duration giveUpAfter;
    private final Duration firstPause;
    private final Duration longestPause;

    Intake(
            MeterRegistry registry,
            @ConfigProperty(name = "nearhand.consumer.retry.give-up-after") Duration giveUpAfter,
            @ConfigProperty(name = "nearhand.consumer.retry.first-pause") Duration firstPause,
            @ConfigProperty(name = "nearhand.consumer.retry.longest-pause") Duration longestPause) {
        this.retries =
                Counter.builder("nearhand.consumer.retries")
                        .description(
                                "Attempts to apply a consumed event that failed and were retried")
                        .register(registry);
        this.skipped =
                Counter.builder("nearhand.consumer.skipped")
                        .description(
                                "Consumed events skipped because the database cannot store them")
                        .register(registry);
        this.giveUpAfter = giveUpAfter;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** Applies one record's event. */
    public void one(ConsumerRecord<String, String> record, Consumer<IncomingEvent> apply) {
        try {
            IncomingEvent event = IncomingEvent.of(record);
            untilApplied(() -> IncomingEvent.position(record), () -> apply.accept(event));
        } catch (IncomingEvent.MalformedEventException e) {
            skip(record, e);
        } catch (UnstorableEventException e) {
            skipUnstorable(IncomingEvent.position(record), e);
        }
    }

    /**
     * Applies a poll's worth of events together (one transaction in the caller).
     *
     * @param read turns a record's event into what {@code apply} takes, or null for an event this
     *     consumer does not need; one it cannot read is skipped, not the whole poll
     */
    public <T> void batch(
            ConsumerRecords<String, String> records,
            Function<IncomingEvent, T> read,
            Consumer<List<T>> apply) {
        List<T> items = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                T item = read.apply(IncomingEvent.of(record));
                if (item != null) {
                    items.add(item);
                }
            } catch (IncomingEvent.MalformedEventException e) {
                skip(record, e);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        String from = IncomingEvent.position(records.iterator().next());
        try {
            untilApplied(() -> items.size() + " events from " + from, () -> apply.accept(items));
        } catch (UnstorableEventException e) {
            // One of them cannot be stored: each alone, so that only that one is skipped.
            for (T item : items) {
                try {
                    untilApplied(
                            () -> "an event of the poll from " + from,
                            () -> apply.accept(List.of(item)));
                } catch (UnstorableEventException alone) {
                    skipUnstorable(item + " (from the poll at " + from + ")", alone);
                }
            }
        }
    }

    /** Failed attempts tried again so far (the {@code nearhand.consumer.retries} meter). */
    public double retries() {
        return retries.count();
    }

    /**
     * @param what names the work in log lines; built only when one is written
     */
    private void untilApplied(Supplier<String> what, Runnable apply) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        long pause = firstPause.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                apply.run();
                if (attempt > 1) {
                    Log.infof("%s applied at attempt %d", what.get(), attempt);
                }
                return;
            } catch (IncomingEvent.MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (isUnstorable(e)) {
                    throw new UnstorableEventException(e);
                }
                if (System.nanoTime() + pause * 1_000_000 > deadline) {
                    Log.errorf(
                            e,
                            "%s still failing after %d attempts: giving up",
                            what.get(),
                            attempt);
                    throw e;
                }
                retries.increment();
                Log.warnf(
                        "%s failed (attempt %d), trying again in %d ms: %s",
                        what.get(), attempt, pause, rootMessage(e));
                pause(pause, e);
                pause = Math.min(pause * 2, longestPause.toMillis());
            }
        }
    }

    private static void pause(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure; // shutting down: the event is read again after the restart
        }
    }

    /** Failed in the database for a value of the event, which no retry changes. */
    private static boolean isUnstorable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("22") || state.startsWith("54");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private void skipUnstorable(String what, UnstorableEventException e) {
        skipped.increment();
        Log.errorf(e.getCause(), "skipping %s: the database cannot store it", what);
    }

    /** Skipped events so far (the {@code nearhand.consumer.skipped} meter). */
    public double skipped() {
        return skipped.count();
    }

    /** An event the database refused for one of its values. */
    private static final class UnstorableEventException extends RuntimeException {
        UnstorableEventException(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static void skip(ConsumerRecord<?, ?> record, IncomingEvent.MalformedEventException e) {
        // Retrying cannot help an event we cannot read; skip it loudly rather than stall.
        Log.errorf(e, "skipping unreadable record at %s", IncomingEvent.position(record));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
