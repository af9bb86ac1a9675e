package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

    private static final String CSV =
            "id,name,host_id,neighbourhood_group,neighbourhood,latitude,longitude,room_type,price,minimum_nights,number_of_reviews,last_review,reviews_per_month,calculated_host_listings_count,availability_365,number_of_reviews_ltm,license\n"
                    + "1,\"Cosy room, near MRT \"\"Taipei 101\"\"\",100,,信義區,25.0330,121.5650,Private room,1500,1,3,,,2,200,1,\n"
                    + "2,Second room,100,,信義區,25.0400,121.5700,Private room,99999,1,3,,,2,200,1,\n"
                    + "3,No price,200,,大安區,25.0200,121.5400,Entire home/apt,,1,3,,,1,200,1,\n"
                    + "4,Cheap bed,300,,中正區,25.0300,121.5200,Shared room,5,1,3,,,1,200,1,\n";

    @Test
    void hostsBecomeShopsAtTheirFirstRoomWithPricedRoomsClipped() {
        DemoPlan plan = DemoPlan.fromCsv(CSV, 10, 4);

        // Host 200 has no priced room: no shop. No user id tells which Airbnb host it was.
        assertThat(plan.shops())
                .extracting(DemoPlan.Shop::userId)
                .containsExactlyInAnyOrder("demo-seller-1", "demo-seller-2");
        DemoPlan.Shop host100 = shopAt(plan, 25.0330);
        assertThat(host100.userId()).doesNotContain("100");
        assertThat(host100.lon()).isEqualTo(121.5650);
        assertThat(host100.displayName()).doesNotContain("100").hasSizeLessThanOrEqualTo(60);

        List<DemoPlan.Offer> rooms = rooms(host100);
        assertThat(rooms)
                .extracting(DemoPlan.Offer::title)
                .containsExactly("Cosy room, near MRT \"Taipei 101\"", "Second room");
        assertThat(rooms)
                .allSatisfy(
                        room -> {
                            assertThat(room.kind()).isEqualTo("ITEM");
                            assertThat(room.unit()).isEqualTo("DAY");
                            assertThat(room.quantity()).isEqualTo(1);
                            assertThat(room.description()).contains("Inside Airbnb");
                        });
        assertThat(rooms)
                .extracting(DemoPlan.Offer::price)
                .containsExactly(new BigDecimal("1500"), new BigDecimal("8000"));
        assertThat(rooms(shopAt(plan, 25.0300)).get(0).price()).isEqualTo(new BigDecimal("400"));
    }

    @Test
    void generatedOffersAreBelievableAndTradesCoverEveryShop() {
        DemoPlan plan = DemoPlan.fromCsv(CSV, 10, 4);

        for (DemoPlan.Shop shop : plan.shops()) {
            List<DemoPlan.Offer> generated =
                    shop.offers().stream()
                            .filter(o -> !o.category().equals("space.room"))
                            .filter(o -> !o.category().equals(ShopOffers.PARKING))
                            .toList();
            assertThat(generated).hasSize(2);
            assertThat(generated)
                    .allSatisfy(
                            offer -> {
                                OfferTemplates.Template template =
                                        OfferTemplates.ALL.stream()
                                                .filter(
                                                        t ->
                                                                offer.title()
                                                                        .startsWith(
                                                                                t.zh() + " "
                                                                                        + t.en()))
                                                .findFirst()
                                                .orElseThrow();
                                assertThat(offer.price())
                                        .isBetween(
                                                BigDecimal.valueOf(template.minPrice()),
                                                BigDecimal.valueOf(template.maxPrice()));
                                assertThat(offer.quantity() != null)
                                        .isEqualTo(offer.kind().equals("ITEM"));
                            });
            assertThat(shop.offers()).extracting(DemoPlan.Offer::title).doesNotHaveDuplicates();
        }
        // Every shop sells its first room once; buyers are never the sellers.
        for (int s = 0; s < plan.shops().size(); s++) {
            int shop = s;
            assertThat(plan.trades())
                    .filteredOn(t -> t.shop() == shop && t.offer() == 0)
                    .hasSize(1);
        }
        assertThat(plan.trades())
                .allSatisfy(
                        t -> {
                            assertThat(t.buyer()).startsWith("demo-buyer-");
                            assertThat(t.buyerRating()).isBetween(3, 5);
                        });
        // Deterministic: a second plan is the same plan.
        assertThat(DemoPlan.fromCsv(CSV, 10, 4).shops()).isEqualTo(plan.shops());
        assertThat(DemoPlan.fromCsv(CSV, 10, 4).trades()).isEqualTo(plan.trades());
    }

    @Test
    void theTaipeiExtractGivesAFewHundredShopsOfAllFourKinds() throws Exception {
        Path csv = Path.of("../../data/airbnb/taipei.csv");
        DemoPlan plan = DemoPlan.fromCsv(csv, 300, 60);

        assertThat(plan.shops()).hasSize(300);
        Set<String> kinds =
                plan.shops().stream()
                        .flatMap(s -> s.offers().stream())
                        .map(DemoPlan.Offer::kind)
                        .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder("ITEM", "SERVICE", "KNOWLEDGE", "TIME");
        assertThat(plan.shops()).extracting(DemoPlan.Shop::userId).doesNotHaveDuplicates();
        assertThat(plan.shops())
                .allSatisfy(
                        shop -> {
                            assertThat(shop.lat()).isBetween(24.9, 25.3);
                            assertThat(shop.lon()).isBetween(121.4, 121.7);
                            assertThat(shop.offers())
                                    .allSatisfy(
                                            o -> assertThat(o.title().length()).isBetween(3, 120));
                        });
        assertThat(plan.trades().size()).isBetween(400, 700);
        // Attributed to the data set only: an Inside Airbnb listing id (digits) leads to the exact
        // position and the host's real account.
        assertThat(plan.shops())
                .flatMap(DemoPlan.Shop::offers)
                .extracting(DemoPlan.Offer::description)
                .allSatisfy(d -> assertThat(d).doesNotContainPattern("\\d{4,}"));
        // Some shops lend a parking space by the hour, one at a time, and none has been traded.
        List<DemoPlan.Offer> parking =
                plan.shops().stream()
                        .flatMap(s -> s.offers().stream())
                        .filter(o -> o.category().equals(ShopOffers.PARKING))
                        .toList();
        assertThat(parking).hasSizeBetween(50, 100);
        assertThat(parking)
                .allSatisfy(
                        o -> {
                            assertThat(o.unit()).isEqualTo("HOUR");
                            assertThat(o.quantity()).isEqualTo(1);
                            assertThat(o.price())
                                    .isBetween(BigDecimal.valueOf(30), BigDecimal.valueOf(80));
                        });
        assertThat(plan.trades())
                .noneSatisfy(
                        t ->
                                assertThat(
                                                plan.shops()
                                                        .get(t.shop())
                                                        .offers()
                                                        .get(t.offer())
                                                        .category())
                                        .isEqualTo(ShopOffers.PARKING));
    }

    /** The shop placed at its host's first room, found by that room's latitude. */
    private static DemoPlan.Shop shopAt(DemoPlan plan, double lat) {
        return plan.shops().stream().filter(s -> s.lat() == lat).findFirst().orElseThrow();
    }

    private static List<DemoPlan.Offer> rooms(DemoPlan.Shop shop) {
        return shop.offers().stream().filter(o -> o.category().equals("space.room")).toList();
    }
}
