package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.listing.service.CreditService;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shop page's credit summary comes from reputation's events, newest version wins, once each.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class CreditCopyTest {

    @Inject EntityManager entityManager;
    @Inject CreditService credits;

    @Test
    void shouldShowTheNewestCreditAndIgnoreLateAndRepeatedEvents() throws Exception {
        String owner = ListingApi.newUser();
        String shopId = ListingApi.openShop(owner);

        String newest = send(owner, UUID.randomUUID(), 7, 612, "BRONZE");
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                "BRONZE"
                                        .equals(
                                                given().when()
                                                        .get("/api/shops/" + shopId)
                                                        .then()
                                                        .extract()
                                                        .path("credit.tier")));

        sendRaw(owner, newest.replace("612", "999")); // a redelivery of event 7, altered
        UUID late = UUID.randomUUID();
        send(owner, late, 5, 300, "NEW"); // an older version arriving late

        // Same key, same partition: once the late event is processed, the redelivery was too.
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(late));
        given().when()
                .get("/api/shops/" + shopId)
                .then()
                .body("credit.tier", equalTo("BRONZE"))
                .body("credit.transaction", equalTo(612))
                .body("credit.completedTrades", equalTo(4));
    }

    @Test
    void shouldApplyAPollOfCreditEventsNewestWinsEachOnce() throws Exception {
        String owner = ListingApi.newUser();
        String shopId = ListingApi.openShop(owner);
        String newest = event(owner, UUID.randomUUID(), 7, 612, "BRONZE");

        // One poll: the newest version, a redelivery of it (altered), an older one arriving late.
        credits.applyAll(
                List.of(
                        read(newest),
                        read(newest.replace("612", "999")),
                        read(event(owner, UUID.randomUUID(), 5, 300, "NEW"))));

        given().when()
                .get("/api/shops/" + shopId)
                .then()
                .body("credit.tier", equalTo("BRONZE"))
                .body("credit.transaction", equalTo(612));
    }

    private static CreditChanged read(String json) throws Exception {
        return GoldenSamples.MAPPER.readValue(json, CreditChanged.class);
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

    private static String send(
            String user, UUID eventId, long version, int transaction, String tier)
            throws Exception {
        String json = event(user, eventId, version, transaction, tier);
        sendRaw(user, json);
        return json;
    }

    private static String event(
            String user, UUID eventId, long version, int transaction, String tier)
            throws Exception {
        ObjectNode event =
                (ObjectNode)
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("reputation/CreditChanged.json"));
        event.put("eventId", eventId.toString())
                .put("userId", user)
                .put("creditVersion", version)
                .put("transaction", transaction)
                .put("tier", tier);
        return GoldenSamples.MAPPER.writeValueAsString(event);
    }

    private static void sendRaw(String user, String json) throws Exception {
        String eventId = GoldenSamples.MAPPER.readTree(json).get("eventId").asText();
        KafkaProbe.send(Topics.REPUTATION_CREDIT, user, "CreditChanged", eventId, json);
    }
}
