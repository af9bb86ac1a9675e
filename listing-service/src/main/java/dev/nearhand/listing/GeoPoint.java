package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An exact position in WGS 84 degrees. Private: only its owner ever sees it. */
@Embeddable
public record GeoPoint(@Column(name = "lat") Double lat, @Column(name = "lon") Double lon) {}
