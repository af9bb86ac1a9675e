package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.listing.ListingSnapshot;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.listing.service.SalesService;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escrow's releases and paid resolutions sell ITEM units: the stock falls once per sale, a listing
 * with nothing left is SOLD_OUT (still readable, no longer offered), and its owner can restock it.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ItemSalesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject EntityManager entityManager;
    @Inject SalesService sales;

    private String owner;
    private String shopId;

    @BeforeEach
    void openShop() {
        owner = ListingApi.newUser();
        shopId = ListingApi.openShop(owner);
    }

    @Test
    void shouldLowerTheStockOnEachReleaseAndSellOutWhenNothingIsLeft() {
        String id = ListingApi.createItem(owner, 2);

        EscrowEvents.send(EscrowEvents.escrow(id, 1).released());
        awaitSoldUnits(id, 1);
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", equalTo(1))
                .body("soldUnits", equalTo(1))
                .body("revision", equalTo(2));
        given().when().get("/api/shops/" + shopId).then().body("listings.items.id", hasItem(id));

        EscrowEvents.send(EscrowEvents.escrow(id, 1).released());
        awaitSoldUnits(id, 2);
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"))
                .body("quantity", equalTo(0))
                .body("revision", equalTo(3));

        try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_LISTINGS)) {
            probe.awaitAtLeast(2, updateOf(id));
            List<ConsumerRecord<String, String>> updates =
                    probe.settle(Duration.ofMillis(500), updateOf(id));
            assertThat(updates)
                    .extracting(ItemSalesTest::snapshot)
                    .extracting(
                            ListingSnapshot::status,
                            ListingSnapshot::quantity,
                            ListingSnapshot::soldUnits,
                            ListingSnapshot::revision)
                    .containsExactly(tuple("ACTIVE", 1, 1, 2L), tuple("SOLD_OUT", 0, 2, 3L));
            GoldenSamples.assertSameShape(
                    updates.get(1).value(), "listing/ListingUpdated.item-sold-out.json");
        }

        // No longer offered on the shop page, but a buyer's link still shows what was sold.
        given().when()
                .get("/api/shops/" + shopId)
                .then()
                .body("listings.items.id", not(hasItem(id)));
        given().when()
                .get("/api/shops/" + shopId + "/listings")
                .then()
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(TestTokens.of(ListingApi.newUser()))
                .when()
                .get("/api/listings/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"))
                .body("quantity", equalTo(0))
                .body("soldUnits", equalTo(2))
                .body("location", nullValue());
        given().when().get("/api/listings/" + id).then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.of(owner))
                .when()
                .get("/api/shops/me")
                .then()
                .body("listings.find { it.id == '" + id + "' }.status", equalTo("SOLD_OUT"))
                .body("listings.find { it.id == '" + id + "' }.soldUnits", equalTo(2));
    }

    @Test
    void shouldApplyARedeliveredSaleOnce() {
        String id = ListingApi.createItem(owner, 5);
        EscrowEvents escrow = EscrowEvents.escrow(id, 2);
        EscrowReleased release = escrow.released();

        EscrowEvents.send(release, release);
        EscrowReleased later = escrow.nextInLine(id, 1).released();
        EscrowEvents.send(later);

        awaitProcessed(later.eventId());
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("quantity", equalTo(2))
                .body("soldUnits", equalTo(3))
                .body("revision", equalTo(3));
    }

    @Test
    void shouldApplyASaleRepeatedWithinOnePollOnce() {
        String id = ListingApi.createItem(owner, 5);
        Sale sale = new Sale(UUID.randomUUID(), UUID.fromString(id), 2);

        sales.applyAll(List.of(sale, sale));

        ListingApi.get(owner, id)
                .statusCode(200)
                .body("quantity", equalTo(3))
                .body("soldUnits", equalTo(2))
                .body("revision", equalTo(2));
    }

    @Test
    void shouldSellOnAResolutionThatPaidTheSellerAndIgnoreEveryOtherEscrowEvent() {
        String id = ListingApi.createItem(owner, 3);
        EscrowEvents refunded = EscrowEvents.escrow(id, 1);
        EscrowEvents.send(
                refunded.held(),
                refunded.accepted(),
                refunded.delivered(),
                refunded.disputed(),
                refunded.resolved("0.00"));
        EscrowEvents split = refunded.nextInLine(id, 2);
        EscrowResolved paid = split.resolved("600.00");
        EscrowEvents.send(split.held(), split.accepted(), split.disputed(), paid);

        awaitProcessed(paid.eventId());
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", equalTo(1))
                .body("soldUnits", equalTo(2))
                .body("revision", equalTo(2));
    }

    @Test
    void shouldLeaveListingsThatAreNotItemsUntouched() {
        String id = ListingApi.createListing(owner);
        EscrowReleased release = EscrowEvents.escrow(id, 2).released();
        EscrowReleased unknown = EscrowEvents.escrow(UUID.randomUUID().toString(), 1).released();

        EscrowEvents.send(release, unknown);

        awaitProcessed(release.eventId());
        awaitProcessed(unknown.eventId());
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", nullValue())
                .body("soldUnits", equalTo(0))
                .body("revision", equalTo(1));
        try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_LISTINGS)) {
            probe.awaitAtLeast(1, keyed(id));
            assertThat(probe.settle(Duration.ofMillis(500), keyed(id)))
                    .extracting(ItemSalesTest::type)
                    .containsExactly("ListingPublished");
        }
    }

    @Test
    void shouldCountASaleSettledWhileTheItemWasAnotherKindSoItsStockAgreesWithEscrow() {
        String id = ListingApi.createItem(owner, 2);
        EscrowEvents escrow = EscrowEvents.escrow(id, 1);
        EscrowEvents.send(escrow.held(), escrow.accepted());
        Map<String, Object> toService = new HashMap<>();
        toService.put("kind", "SERVICE");
        toService.put("quantity", null);
        ListingApi.patch(owner, id, toService).statusCode(200);

        EscrowEvents.send(escrow.delivered(), escrow.released());
        awaitSoldUnits(id, 1);
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("kind", equalTo("SERVICE"))
                .body("status", equalTo("ACTIVE"))
                .body("quantity", nullValue())
                .body("revision", equalTo(3));

        // Escrow-service counts the escrow's unit as sold until listing's soldUnits covers it.
        ListingApi.patch(owner, id, Map.of("kind", "ITEM", "quantity", 5))
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", equalTo(5))
                .body("soldUnits", equalTo(1));
        try (KafkaProbe probe = KafkaProbe.reading(Topics.LISTING_LISTINGS)) {
            probe.awaitAtLeast(2, updateOf(id));
            assertThat(probe.settle(Duration.ofMillis(500), updateOf(id)))
                    .extracting(ItemSalesTest::snapshot)
                    .extracting(
                            ListingSnapshot::kind,
                            ListingSnapshot::quantity,
                            ListingSnapshot::soldUnits,
                            ListingSnapshot::revision)
                    .containsExactly(
                            tuple("SERVICE", null, 0, 2L),
                            tuple("SERVICE", null, 1, 3L),
                            tuple("ITEM", 5, 1, 4L));
        }
    }

    @Test
    void shouldLeaveTheStockOfAnItemLentByTheDay() {
        Map<String, Object> drillToLend = ListingApi.itemBody(1);
        drillToLend.put("price", Map.of("amount", "150", "currency", "TWD", "unit", "DAY"));
        String id = ListingApi.create(owner, drillToLend).statusCode(201).extract().path("id");
        EscrowEvents lent = EscrowEvents.escrow(id, 3).lentByTheDay();
        EscrowEvents.send(lent.released());
        // A release of pieces behind it in the same partition: once it is applied, so was the loan.
        String sold = ListingApi.createItem(owner, 2);
        EscrowReleased behind = lent.nextInLine(sold, 1).released();
        EscrowEvents.send(behind);

        awaitProcessed(behind.eventId());
        ListingApi.get(owner, sold).statusCode(200).body("soldUnits", equalTo(1));
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", equalTo(1))
                .body("soldUnits", equalTo(0))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldRestockASoldOutListingByPatchAndKeepItsSoldUnits() {
        String id = sellOut(2);

        ListingApi.patch(owner, id, Map.of("title", "Bohrmaschine, leider verkauft"))
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"))
                .body("quantity", equalTo(0))
                .body("soldUnits", equalTo(2));
        ListingApi.patch(owner, id, Map.of("quantity", 3))
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", equalTo(3))
                .body("soldUnits", equalTo(2));
        given().when().get("/api/shops/" + shopId).then().body("listings.items.id", hasItem(id));

        // The owner sold the rest elsewhere: nothing left is sold out, not active.
        ListingApi.patch(owner, id, Map.of("quantity", 0))
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"));
        Map<String, Object> toLending = new HashMap<>();
        toLending.put("kind", "TIME");
        toLending.put("quantity", null);
        ListingApi.patch(owner, id, toLending)
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("quantity", nullValue())
                .body("soldUnits", equalTo(2));
    }

    @Test
    void shouldRefuseToPauseOrResumeASoldOutListingButLetItBeWithdrawn() {
        String id = sellOut(1);

        ListingApi.action(owner, id, "pause")
                .statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("currentState", equalTo("SOLD_OUT"));
        ListingApi.action(owner, id, "resume")
                .statusCode(409)
                .body("currentState", equalTo("SOLD_OUT"));
        ListingApi.withdraw(owner, id).statusCode(204);
        given().when().get("/api/listings/" + id).then().statusCode(404);
    }

    @Test
    void shouldResumeAPausedItemThatSoldOutMeanwhileAsSoldOut() {
        String id = ListingApi.createItem(owner, 1);
        ListingApi.action(owner, id, "pause").statusCode(200);

        EscrowEvents.send(EscrowEvents.escrow(id, 1).released());
        awaitSoldUnits(id, 1);
        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("quantity", equalTo(0));
        given().when().get("/api/listings/" + id).then().statusCode(404);

        ListingApi.action(owner, id, "resume")
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"))
                .body("quantity", equalTo(0))
                .body("soldUnits", equalTo(1));
        given().when()
                .get("/api/listings/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"));
    }

    @Test
    void shouldRecordASaleOfAWithdrawnListingWithoutBringingItBack() {
        String id = ListingApi.createItem(owner, 2);
        ListingApi.withdraw(owner, id).statusCode(204);

        EscrowEvents.send(EscrowEvents.escrow(id, 1).released());
        awaitSoldUnits(id, 1);

        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("quantity", equalTo(1));
        given().when().get("/api/listings/" + id).then().statusCode(404);
    }

    @Test
    void shouldForbidStrangersToChangeASoldOutListingTheyMaySee() {
        String id = sellOut(1);
        String stranger = ListingApi.newUser();

        ListingApi.patch(stranger, id, Map.of("quantity", 5))
                .statusCode(403)
                .body("type", endsWith("/not-owner"));
        ListingApi.action(stranger, id, "pause").statusCode(403);
        ListingApi.action(stranger, id, "resume").statusCode(403);
        ListingApi.withdraw(stranger, id).statusCode(403);

        ListingApi.get(owner, id)
                .statusCode(200)
                .body("status", equalTo("SOLD_OUT"))
                .body("quantity", equalTo(0))
                .body("revision", equalTo(2));
    }

    @Test
    void shouldCountASoldOutListingAgainstTheCapUntilItIsWithdrawn() {
        String soldOut = sellOut(1);
        for (int i = 1; i < 5; i++) {
            ListingApi.createListing(owner);
        }

        ListingApi.create(owner, ListingApi.serviceBody())
                .statusCode(422)
                .body("type", endsWith("/listing-limit-reached"));

        ListingApi.withdraw(owner, soldOut).statusCode(204);
        ListingApi.create(owner, ListingApi.serviceBody()).statusCode(201);
    }

    /** A new item of {@code quantity} units, all sold through one escrow. */
    private String sellOut(int quantity) {
        String id = ListingApi.createItem(owner, quantity);
        EscrowEvents.send(EscrowEvents.escrow(id, quantity).released());
        awaitSoldUnits(id, quantity);
        ListingApi.get(owner, id).statusCode(200).body("status", equalTo("SOLD_OUT"));
        return id;
    }

    private void awaitSoldUnits(String id, int soldUnits) {
        await().atMost(WAIT)
                .until(
                        () ->
                                Integer.valueOf(soldUnits)
                                        .equals(
                                                ListingApi.get(owner, id)
                                                        .extract()
                                                        .path("soldUnits")));
    }

    /** Waits until listing-service's sales consumer has committed this escrow event. */
    private void awaitProcessed(UUID eventId) {
        await().atMost(WAIT)
                .until(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () ->
                                                        !entityManager
                                                                .createNativeQuery(
                                                                        "SELECT 1 FROM processed_event WHERE consumer = 'listing.sales' AND event_id = ?1")
                                                                .setParameter(1, eventId)
                                                                .getResultList()
                                                                .isEmpty()));
    }

    private static Predicate<ConsumerRecord<String, String>> keyed(String id) {
        return record -> id.equals(record.key());
    }

    private static Predicate<ConsumerRecord<String, String>> updateOf(String id) {
        return keyed(id).and(record -> "ListingUpdated".equals(type(record)));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(
                record.headers().lastHeader(Topics.HEADER_EVENT_TYPE).value(),
                StandardCharsets.UTF_8);
    }

    private static ListingSnapshot snapshot(ConsumerRecord<String, String> record) {
        try {
            return GoldenSamples.MAPPER.readValue(record.value(), ListingUpdated.class).listing();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
