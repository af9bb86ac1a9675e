package dev.nearhand.escrow.support;

import dev.nearhand.escrow.ledger.JournalPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fault injection: once armed, fails the next movement after its entries are written and flushed,
 * before the transaction commits, as a crash at the worst moment would.
 */
@ApplicationScoped
public class CrashSwitch {

    private final AtomicBoolean armed = new AtomicBoolean();

    public void armOnce() {
        armed.set(true);
    }

    void onPosted(@Observes JournalPosted posted) {
        if (armed.compareAndSet(true, false)) {
            throw new IllegalStateException(
                    "simulated crash after writing journal " + posted.journal().id());
        }
    }
}
