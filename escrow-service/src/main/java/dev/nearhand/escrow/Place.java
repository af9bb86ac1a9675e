package dev.nearhand.escrow;

import dev.nearhand.contracts.Area;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The listing's coarse area (an H3 cell and its centre), copied so events can carry it. */
@Embeddable
public record Place(
        @Column(name = "area_cell") String cell,
        @Column(name = "area_lat") Double lat,
        @Column(name = "area_lon") Double lon) {

    public static Place of(Area area) {
        return area == null ? null : new Place(area.cell(), area.lat(), area.lon());
    }

    public Area toArea() {
        return cell == null ? null : new Area(cell, lat, lon);
    }
}
