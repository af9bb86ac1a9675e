package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search finds exactly the listings a brute-force great-circle computation finds, on the real
 * Taipei data (Inside Airbnb, CC BY 4.0), across the antimeridian and near the poles.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SearchGeoTest {

    private static final String CATEGORY = "space.room";
    private static List<ListingSnapshot> taipei;

    @Inject ListingIndexService index;

    @BeforeEach
    void loadTaipeiOnce() {
        if (taipei != null) {
            return;
        }
        List<ListingSnapshot> loaded = new ArrayList<>();
        for (AirbnbCsv.Row row : AirbnbCsv.read("taipei")) {
            UUID id =
                    UUID.nameUUIDFromBytes(("taipei-" + row.id()).getBytes(StandardCharsets.UTF_8));
            loaded.add(
                    Fixtures.listing(id, 1, "ACTIVE", row.name(), CATEGORY, row.lat(), row.lon()));
        }
        for (int i = 0; i < loaded.size(); i += 1000) {
            index.applyAll(
                    loaded.subList(i, Math.min(loaded.size(), i + 1000)).stream()
                            .map(s -> new ListingIndexService.Incoming(UUID.randomUUID(), s))
                            .toList());
        }
        taipei = loaded;
    }

    @Test
    void shouldFindExactlyTheTaipeiListingsInsideTheRadiusWhenComparedWithBruteForce() {
        double[][] queries = {
            {25.0330, 121.5654, 1.0},
            {25.0478, 121.5170, 2.0},
            {25.0418, 121.5436, 0.6},
            {25.1200, 121.5000, 5.0},
            {24.9900, 121.5600, 2.0}
        };
        for (double[] q : queries) {
            Map<String, Object> params = new HashMap<>();
            params.put("lat", q[0]);
            params.put("lon", q[1]);
            params.put("radiusKm", q[2]);
            params.put("category", CATEGORY);
            params.put("sort", "distance");
            params.put("limit", 100);
            List<String> found = Fixtures.allIds(params);

            Set<String> inside = new HashSet<>();
            Set<String> boundary = new HashSet<>();
            for (ListingSnapshot s : taipei) {
                double d = Fixtures.haversineMetres(q[0], q[1], s.area().lat(), s.area().lon());
                double radius = q[2] * 1000;
                if (Math.abs(d - radius) < 5) {
                    boundary.add(s.listingId().toString());
                } else if (d < radius) {
                    inside.add(s.listingId().toString());
                }
            }
            assertThat(found).doesNotHaveDuplicates();
            Set<String> foundOffBoundary = new HashSet<>(found);
            foundOffBoundary.removeAll(boundary);
            assertThat(inside).isNotEmpty();
            assertThat(foundOffBoundary)
                    .as("query %s", List.of(q[0], q[1], q[2]))
                    .isEqualTo(inside);
        }
    }

    @Test
    void shouldFindListingsAcrossTheAntimeridian() {
        String category = "test.antimeridian." + UUID.randomUUID();
        UUID east = publish(category, -16.50, 179.99);
        UUID west = publish(category, -16.50, -179.99);
        UUID far = publish(category, -16.50, 179.70);

        List<String> fromEast = ids(category, -16.50, 179.995, 5);
        List<String> fromWest = ids(category, -16.50, -179.995, 5);

        assertThat(fromEast).containsExactlyInAnyOrder(east.toString(), west.toString());
        assertThat(fromWest).containsExactlyInAnyOrder(east.toString(), west.toString());
        assertThat(fromEast).doesNotContain(far.toString());
    }

    @Test
    void shouldFindListingsAcrossTheNorthPoleAndNearTheSouthPole() {
        String category = "test.pole." + UUID.randomUUID();
        // 89.95 N on opposite meridians: about 11 km apart over the pole, 10,000 km along a
        // parallel.
        UUID a = publish(category, 89.95, 0);
        UUID b = publish(category, 89.95, 180);
        UUID south = publish(category, -89.9, 45);

        assertThat(ids(category, 89.99, 90, 15))
                .containsExactlyInAnyOrder(a.toString(), b.toString());
        assertThat(ids(category, 89.95, 0, 3)).containsExactly(a.toString());
        assertThat(ids(category, -89.95, -135, 20)).containsExactly(south.toString());
    }

    private UUID publish(String category, double lat, double lon) {
        UUID id = UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(id, 1, "ACTIVE", "Edge of the map", category, lat, lon));
        return id;
    }

    private static List<String> ids(String category, double lat, double lon, double radiusKm) {
        Map<String, Object> params = new HashMap<>();
        params.put("lat", lat);
        params.put("lon", lon);
        params.put("radiusKm", radiusKm);
        params.put("category", category);
        return Fixtures.allIds(params);
    }
}
