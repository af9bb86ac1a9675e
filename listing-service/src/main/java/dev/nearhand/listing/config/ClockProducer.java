package dev.nearhand.listing.config;

import dev.nearhand.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock listings and shops are stamped with, to the microsecond as PostgreSQL keeps them. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clocks.utcMicros();
    }
}
