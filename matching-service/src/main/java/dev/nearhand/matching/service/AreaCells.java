package dev.nearhand.matching.service;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import dev.nearhand.contracts.Area;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Snaps a position to the coarse area listing-service publishes (H3 resolution 9 cell and its
 * centre, 5 decimals), so that a posted need is stored no more precisely than a listing.
 */
@ApplicationScoped
public class AreaCells {

    public static final int RESOLUTION = 9;

    private final H3Core h3;

    public AreaCells() {
        try {
            this.h3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3 native library could not be loaded", e);
        }
    }

    public Area snap(double lat, double lon) {
        String cell = h3.latLngToCellAddress(lat, lon, RESOLUTION);
        LatLng centre = h3.cellToLatLng(cell);
        return new Area(cell, round(centre.lat), round(centre.lng));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }
}
