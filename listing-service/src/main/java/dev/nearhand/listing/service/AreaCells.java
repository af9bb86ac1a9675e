package dev.nearhand.listing.service;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import dev.nearhand.contracts.Area;
import dev.nearhand.listing.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns exact positions into the coarse area that is all anyone but the owner sees: the H3 cell of
 * resolution 9 (hexagons of about 0.1 km², some 350 m across) and its centre. A cell says "around
 * here" without pointing at a door, and works the same everywhere on the globe, poles and
 * antimeridian included.
 */
@ApplicationScoped
public class AreaCells {

    public static final int RESOLUTION = 9;

    private final H3Core h3;

    AreaCells() {
        try {
            this.h3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("H3 native library could not be loaded", e);
        }
    }

    public String cellOf(GeoPoint point) {
        return h3.latLngToCellAddress(point.lat(), point.lon(), RESOLUTION);
    }

    /**
     * The cell and its centre, rounded to 5 decimals (about 1 m): no more precise than the cell.
     */
    public Area area(String cell) {
        LatLng centre = h3.cellToLatLng(cell);
        return new Area(cell, round(centre.lat), round(centre.lng));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }
}
