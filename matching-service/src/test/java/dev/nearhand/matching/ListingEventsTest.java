package dev.nearhand.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.service.CreditService;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Listing, credit and escrow events through real Kafka: once each, newest revision wins, and
 * paused, sold-out or withdrawn listings leave the results.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingEventsTest {

    // Hsinchu: reserved for this test.
    private static final double LAT = 24.8039;
    private static final double LON = 120.9647;

    @Inject EntityManager entityManager;
    @Inject CreditService credits;
    @Inject ListingIndexService index;

    @Test
    void shouldIndexTheGoldenSampleWhenPublished() {
        String json = GoldenSamples.read("listing/ListingPublished.json");
        String eventId = "e1a1c0de-0000-4000-8000-000000000001";
        KafkaProbe.send(
                Topics.LISTING_LISTINGS,
                "5f0c7a52-3d7e-4a8b-9b1e-2f6c1d9e8a41",
                "ListingPublished",
                eventId,
                json);

        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                titles(25.0418, 121.5436, "repair.bike", "Fahrrad")
                                        .contains("單車修理 Fahrradreparatur bike repair"));
    }

    @Test
    void shouldApplyARepeatedEventOnceAndIgnoreAnOlderRevision() {
        String category = "test.events." + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        Fixtures.sendListing(
                "ListingPublished",
                first,
                Fixtures.listing(id, 1, "ACTIVE", "Guitar lessons", category, LAT, LON));
        UUID update = UUID.randomUUID();
        Fixtures.sendListing(
                "ListingUpdated",
                update,
                Fixtures.listing(id, 3, "ACTIVE", "Guitar lessons for kids", category, LAT, LON));
        // The same event again, altered in transit: must have no second effect.
        Fixtures.sendListing(
                "ListingUpdated",
                update,
                Fixtures.listing(id, 3, "ACTIVE", "Tampered title", category, LAT, LON));
        // An older revision arriving late: ignored.
        UUID late = UUID.randomUUID();
        Fixtures.sendListing(
                "ListingUpdated",
                late,
                Fixtures.listing(id, 2, "ACTIVE", "Stale title", category, LAT, LON));

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(late));
        assertThat(titles(LAT, LON, category, null)).containsExactly("Guitar lessons for kids");
    }

    @Test
    void shouldHidePausedAndWithdrawnListingsAndShowResumedOnes() {
        String category = "test.visibility." + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Fixtures.sendListing(
                "ListingPublished",
                UUID.randomUUID(),
                Fixtures.listing(id, 1, "ACTIVE", "Dog walking", category, LAT, LON));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> titles(LAT, LON, category, null).size() == 1);

        Fixtures.sendListing(
                "ListingPaused",
                UUID.randomUUID(),
                Fixtures.listing(id, 2, "PAUSED", "Dog walking", category, LAT, LON));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> titles(LAT, LON, category, null).isEmpty());

        Fixtures.sendListing(
                "ListingResumed",
                UUID.randomUUID(),
                Fixtures.listing(id, 3, "ACTIVE", "Dog walking", category, LAT, LON));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> titles(LAT, LON, category, null).size() == 1);

        Fixtures.sendListing(
                "ListingWithdrawn",
                UUID.randomUUID(),
                Fixtures.listing(id, 4, "WITHDRAWN", "Dog walking", category, LAT, LON));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> titles(LAT, LON, category, null).isEmpty());
    }

    @Test
    void shouldHideASoldOutItemFromSearchAndAskingPricesUntilItIsRestocked() throws Exception {
        String category = "test.sold-out." + UUID.randomUUID();
        // Five other drills on offer keep the guide price answering while the sixth sells out.
        for (int i = 0; i < 5; i++) {
            index.apply(
                    UUID.randomUUID(),
                    Fixtures.item(
                            UUID.randomUUID(),
                            1,
                            "ACTIVE",
                            "Hammer drill " + i,
                            category,
                            LAT + i * 0.001,
                            LON,
                            "1000.00",
                            1,
                            0));
        }
        ListingSnapshot offered =
                Fixtures.item(
                        UUID.randomUUID(),
                        1,
                        "ACTIVE",
                        "Schlagbohrmaschine",
                        category,
                        LAT,
                        LON,
                        "1200.00",
                        2,
                        0);
        Fixtures.sendListing("ListingPublished", UUID.randomUUID(), offered);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> titles(LAT, LON, category, null).contains("Schlagbohrmaschine"));
        assertThat(askingSamples(category)).isEqualTo(6);

        // Both units sold: listing-service's golden sample, as the next revision of this listing.
        UUID soldOut = UUID.randomUUID();
        KafkaProbe.send(
                Topics.LISTING_LISTINGS,
                offered.listingId().toString(),
                "ListingUpdated",
                soldOut.toString(),
                soldOutSample(soldOut, offered));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(soldOut));
        assertThat(titles(LAT, LON, category, null))
                .hasSize(5)
                .doesNotContain("Schlagbohrmaschine");
        assertThat(askingSamples(category)).isEqualTo(5);

        // Restocked: three more units, a newer revision, ACTIVE again.
        UUID restock = UUID.randomUUID();
        Fixtures.sendListing(
                "ListingUpdated",
                restock,
                Fixtures.item(
                        offered.listingId(),
                        3,
                        "ACTIVE",
                        "Schlagbohrmaschine",
                        category,
                        LAT,
                        LON,
                        "1200.00",
                        3,
                        2));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(restock));
        assertThat(titles(LAT, LON, category, null)).hasSize(6).contains("Schlagbohrmaschine");
        assertThat(askingSamples(category)).isEqualTo(6);
    }

    /**
     * The golden SOLD_OUT sample (an ITEM with quantity 0) as the next revision of {@code offered}:
     * its id, seller, shop, title, category, price and area.
     */
    private static String soldOutSample(UUID eventId, ListingSnapshot offered) throws Exception {
        ObjectNode event =
                (ObjectNode)
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("listing/ListingUpdated.item-sold-out.json"));
        ObjectNode listing = (ObjectNode) event.get("listing");
        assertThat(listing.get("status").asText()).isEqualTo("SOLD_OUT");
        assertThat(listing.get("kind").asText()).isEqualTo("ITEM");
        assertThat(listing.get("quantity").asInt()).isZero();
        event.put("eventId", eventId.toString());
        listing.put("listingId", offered.listingId().toString())
                .put("shopId", offered.shopId().toString())
                .put("sellerId", offered.sellerId())
                .put("revision", offered.revision() + 1)
                .put("title", offered.title())
                .put("category", offered.category());
        ((ObjectNode) listing.get("price"))
                .put("amount", offered.price().amount())
                .put("currency", offered.price().currency());
        ((ObjectNode) listing.get("area"))
                .put("cell", offered.area().cell())
                .put("lat", offered.area().lat())
                .put("lon", offered.area().lon());
        return GoldenSamples.MAPPER.writeValueAsString(event);
    }

    /** How many asking prices the item guide price for the category at the test's place counts. */
    private static int askingSamples(String category) {
        var body =
                given().queryParam("category", category)
                        .queryParam("lat", LAT)
                        .queryParam("lon", LON)
                        .queryParam("unit", "ITEM")
                        .when()
                        .get("/api/guide-price")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(body.getString("basis")).isEqualTo("ASKING_PRICES");
        return body.getInt("sampleSize");
    }

    @Test
    void shouldRankByTheNewestCreditAndIgnoreLateCreditEvents() throws Exception {
        String category = "test.credit." + UUID.randomUUID();
        String seller = "credit-seller-" + UUID.randomUUID();
        publishFor(seller, "Piano tuning", category);
        sendCredit(seller, UUID.randomUUID(), 7, 812, "SILVER");
        UUID late = UUID.randomUUID();
        sendCredit(seller, late, 5, 100, "NEW");

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(late));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                "SILVER"
                                        .equals(
                                                Fixtures.search(
                                                                Map.of(
                                                                        "lat",
                                                                        LAT,
                                                                        "lon",
                                                                        LON,
                                                                        "category",
                                                                        category))
                                                        .extract()
                                                        .path("items[0].credit.tier")));
        Fixtures.search(Map.of("lat", LAT, "lon", LON, "category", category, "minCredit", 800))
                .statusCode(200)
                .body("items[0].credit.transaction", org.hamcrest.Matchers.equalTo(812));
        Fixtures.search(Map.of("lat", LAT, "lon", LON, "category", category, "minCredit", 900))
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldApplyAPollOfCreditEventsNewestWinsEachOnce() throws Exception {
        String category = "test.credit-poll." + UUID.randomUUID();
        String seller = "credit-poll-seller-" + UUID.randomUUID();
        publishFor(seller, "Bike repair", category);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> titles(LAT, LON, category, null).size() == 1);
        CreditChanged newest = credit(seller, UUID.randomUUID(), 7, 812, "SILVER");

        // One poll: the newest version, a redelivery of it (altered), an older one arriving late.
        credits.applyAll(
                List.of(
                        newest,
                        credit(seller, newest.eventId(), 7, 999, "GOLD"),
                        credit(seller, UUID.randomUUID(), 5, 100, "NEW")));

        Fixtures.search(Map.of("lat", LAT, "lon", LON, "category", category))
                .statusCode(200)
                .body("items[0].credit.tier", org.hamcrest.Matchers.equalTo("SILVER"))
                .body("items[0].credit.transaction", org.hamcrest.Matchers.equalTo(812));
    }

    /** An 800 TWD listing of the seller's at the test's place. */
    private static void publishFor(String seller, String title, String category) {
        Fixtures.sendListing(
                "ListingPublished",
                UUID.randomUUID(),
                Fixtures.listing(
                        UUID.randomUUID(),
                        1,
                        "ACTIVE",
                        title,
                        category,
                        LAT,
                        LON,
                        "800.00",
                        "TWD",
                        seller));
    }

    private static CreditChanged credit(
            String user, UUID eventId, long version, int transaction, String tier)
            throws Exception {
        return GoldenSamples.MAPPER.readValue(
                creditJson(user, eventId, version, transaction, tier), CreditChanged.class);
    }

    private static void sendCredit(
            String user, UUID eventId, long version, int transaction, String tier)
            throws Exception {
        KafkaProbe.send(
                Topics.REPUTATION_CREDIT,
                user,
                "CreditChanged",
                eventId.toString(),
                creditJson(user, eventId, version, transaction, tier));
    }

    private static String creditJson(
            String user, UUID eventId, long version, int transaction, String tier)
            throws Exception {
        var event =
                (com.fasterxml.jackson.databind.node.ObjectNode)
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("reputation/CreditChanged.json"));
        event.put("eventId", eventId.toString())
                .put("userId", user)
                .put("creditVersion", version)
                .put("transaction", transaction)
                .put("tier", tier);
        return GoldenSamples.MAPPER.writeValueAsString(event);
    }

    static List<String> titles(double lat, double lon, String category, String q) {
        Map<String, Object> params =
                new java.util.HashMap<>(
                        Map.of("lat", lat, "lon", lon, "radiusKm", 2, "category", category));
        if (q != null) {
            params.put("q", q);
        }
        return Fixtures.search(params).statusCode(200).extract().path("items.title");
    }

    private boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                !entityManager
                                        .createNativeQuery(
                                                "SELECT 1 FROM processed_event WHERE event_id = ?1")
                                        .setParameter(1, eventId)
                                        .getResultList()
                                        .isEmpty());
    }
}
