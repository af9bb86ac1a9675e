package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded stack's guards; journey-tests starts and stops a whole one. */
class EmbeddedStackTest {

    @TempDir Path repo;

    @Test
    void refusesTheHomeOfNearhandUpBecauseItWipesItsData() {
        StackConfig config = StackConfig.defaults(new StackLayout(repo));

        assertThatThrownBy(() -> EmbeddedStack.start(config, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("home of its own");
    }

    @Test
    void namesTheMissingJarsBeforeStartingAnything() {
        StackConfig config =
                StackConfig.defaults(new StackLayout(repo, repo.resolve("target/stack")));

        assertThatThrownBy(() -> EmbeddedStack.start(config, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not built: ")
                .hasMessageContaining("listing-service/target/quarkus-app/quarkus-run.jar");
    }
}
