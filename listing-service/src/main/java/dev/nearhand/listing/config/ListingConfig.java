package dev.nearhand.listing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Business knobs of listing-service. */
@ConfigMapping(prefix = "listing")
public interface ListingConfig {

    /** Active plus paused listings one user may have; withdrawn ones do not count. */
    @WithDefault("200")
    int maxListingsPerUser();

    /**
     * Categories operators add to the built-in tree, keyed by dotted id, e.g. {@code
     * listing.extra-categories."garden.mowing".en=Lawn mowing}. The parent is the id before the
     * last dot and must exist.
     */
    Map<String, ExtraCategory> extraCategories();

    /** An operator-defined category; names default to the English one. */
    interface ExtraCategory {
        String en();

        Optional<String> zh();

        Optional<String> de();

        @WithDefault("FIXED")
        String unit();
    }
}
