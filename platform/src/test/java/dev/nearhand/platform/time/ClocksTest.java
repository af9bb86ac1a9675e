package dev.nearhand.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.RepeatedTest;

class ClocksTest {

    @RepeatedTest(20)
    void shouldTellTheTimeInUtcToTheMicrosecondAsPostgreSqlStoresIt() {
        Clock clock = Clocks.utcMicros();
        Instant before = Instant.now().minusNanos(1_000);

        Instant now = clock.instant();

        assertThat(now.getNano() % 1_000).isZero();
        assertThat(now).isBetween(before, Instant.now());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
