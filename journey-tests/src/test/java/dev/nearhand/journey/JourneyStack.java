package dev.nearhand.journey;

import dev.nearhand.local.EmbeddedStack;
import dev.nearhand.local.StackConfig;
import dev.nearhand.local.StackLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole local stack once for all journey tests and stops it when the last one is done.
 */
public final class JourneyStack implements BeforeAllCallback {

    /**
     * Escrow's timers, shortened from hours to seconds so that expiry and auto-release happen
     * inside a test: the seller has 10 s to accept, delivered escrows release after 10 s, and the
     * timer job looks for due deadlines every second. The revoke window keeps its 30 min default.
     */
    static final Duration ACCEPT_WITHIN = Duration.ofSeconds(10);

    static final Duration AUTO_RELEASE_AFTER = Duration.ofSeconds(10);

    /** Longer than any timer above plus a timer run, a relay pass and a slow CI machine. */
    static final Duration EVENTS = Duration.ofSeconds(45);

    static final Duration START = Duration.ofMinutes(3);

    private static EmbeddedStack stack;
    private static IllegalStateException failure;

    /** The running stack; only inside a test class extended with this. */
    static EmbeddedStack stack() {
        if (stack == null) {
            throw new IllegalStateException("use @ExtendWith(JourneyStack.class)");
        }
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes its resources once, after the last test class of the run.
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(JourneyStack.class, key -> start(), Running.class);
    }

    private static synchronized Running start() {
        if (failure != null) {
            // One attempt per run: every later class fails at once with the same cause.
            throw failure;
        }
        try {
            stack = EmbeddedStack.start(config(), START);
            return new Running(stack);
        } catch (Exception e) {
            failure =
                    new IllegalStateException(
                            "the local stack did not start: " + e.getMessage(), e);
            throw failure;
        }
    }

    static StackConfig config() {
        Path root = Path.of(System.getProperty("nearhand.root", ".."));
        Path home = Path.of(System.getProperty("journey.stack.home", "target/stack"));
        return StackConfig.defaults(new StackLayout(root, home))
                .onFreePorts()
                .withEnvironment(
                        "escrow-service",
                        Map.of(
                                "ESCROW_ACCEPT_WITHIN", ACCEPT_WITHIN.toString(),
                                "ESCROW_AUTO_RELEASE_AFTER", AUTO_RELEASE_AFTER.toString(),
                                "ESCROW_TIMERS_EVERY", "1s"))
                .withEnvironment(
                        "reputation-service", Map.of("REPUTATION_REVIEWS_PUBLISH_EVERY", "1s"));
    }

    /** Closes the stack when JUnit closes the root store (it closes AutoCloseable values). */
    private record Running(EmbeddedStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
