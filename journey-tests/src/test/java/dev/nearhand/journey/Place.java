package dev.nearhand.journey;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A point on the map; each journey gets its own neighbourhood so searches do not mix. */
record Place(double lat, double lon) {

    /**
     * A random point in a band of Central Europe some 550 by 900 km, so two journeys practically
     * never share a neighbourhood (searches also filter by a word unique to the journey).
     */
    static Place somewhere() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Place(47 + random.nextDouble() * 5, 6 + random.nextDouble() * 12);
    }

    /** A point about {@code metres} north of this one. */
    Place north(int metres) {
        return new Place(lat + metres / 111_320.0, lon);
    }

    Map<String, Double> json() {
        return Map.of("lat", lat, "lon", lon);
    }
}
