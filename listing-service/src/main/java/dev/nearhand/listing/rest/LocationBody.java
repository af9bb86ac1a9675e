package dev.nearhand.listing.rest;

import dev.nearhand.listing.GeoPoint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** An exact position in a request, or in a view only its owner gets. */
public record LocationBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

    public GeoPoint toPoint() {
        return new GeoPoint(lat, lon);
    }

    public static LocationBody from(GeoPoint point) {
        return point == null ? null : new LocationBody(point.lat(), point.lon());
    }
}
