package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class WalletAndEventsTest {

    @Inject Scenario scenario;

    @Test
    void shouldEmitOneGoldenShapedEventPerTransitionInOrder() {
        String buyer = Scenario.user("buyer");
        String seller = Scenario.user("seller");
        UUID listing = scenario.listing(seller, "450.00", "TWD");
        UUID released = scenario.held(buyer, listing, 2, "900.00", "TWD");
        scenario.act(seller, released, "accept").then().statusCode(200);
        scenario.act(seller, released, "deliver").then().statusCode(200);
        scenario.act(buyer, released, "release").then().statusCode(200);
        UUID resolved = scenario.disputed(buyer, seller, listing, 1, "450.00", "TWD");
        scenario.resolve(resolved, "100.00").then().statusCode(200);
        UUID sellerDisputed = scenario.held(buyer, listing, 1, "450.00", "TWD");
        scenario.act(seller, sellerDisputed, "accept").then().statusCode(200);
        scenario.act(seller, sellerDisputed, "dispute").then().statusCode(200);
        scenario.resolve(sellerDisputed, "450.00").then().statusCode(200);
        UUID revoked = scenario.held(buyer, listing, 1, "450.00", "TWD");
        scenario.act(buyer, revoked, "revoke").then().statusCode(200);
        UUID declined = scenario.held(buyer, listing, 1, "450.00", "TWD");
        scenario.act(seller, declined, "decline").then().statusCode(200);

        try (KafkaProbe kafka = KafkaProbe.reading(Topics.ESCROW_ESCROWS)) {
            assertEvents(
                    kafka,
                    released,
                    "EscrowHeld",
                    "EscrowAccepted",
                    "EscrowDelivered",
                    "EscrowReleased");
            List<ConsumerRecord<String, String>> byBuyer =
                    assertEvents(
                            kafka,
                            resolved,
                            "EscrowHeld",
                            "EscrowAccepted",
                            "EscrowDisputed",
                            "EscrowResolved");
            // Credit marks the party who opened a dispute, so the events name them.
            assertThat(byBuyer.get(1).value()).contains("\"disputedBy\":null");
            assertThat(byBuyer.subList(2, 4))
                    .allSatisfy(r -> assertThat(r.value()).contains("\"disputedBy\":\"BUYER\""));
            assertThat(
                            assertEvents(
                                    kafka,
                                    sellerDisputed,
                                    "EscrowHeld",
                                    "EscrowAccepted",
                                    "EscrowDisputed",
                                    "EscrowResolved"))
                    .last()
                    .satisfies(r -> assertThat(r.value()).contains("\"disputedBy\":\"SELLER\""));
            assertEvents(kafka, revoked, "EscrowHeld", "EscrowRevoked");
            List<ConsumerRecord<String, String>> last =
                    assertEvents(kafka, declined, "EscrowHeld", "EscrowDeclined");
            assertThat(last.get(1).value())
                    .contains(
                            "\"buyerId\":\"" + buyer + "\"",
                            "\"category\":\"repair.bike\"",
                            "\"cell\":\"894ba0a4c4bffff\"",
                            "\"amount\":\"450.00\"");
        }
    }

    private List<ConsumerRecord<String, String>> assertEvents(
            KafkaProbe kafka, UUID escrowId, String... types) {
        List<ConsumerRecord<String, String>> records =
                kafka.awaitAtLeast(types.length, r -> r.key().equals(escrowId.toString()));
        assertThat(records).extracting(LedgerTypes::type).containsExactly(types);
        long revision = 0;
        for (ConsumerRecord<String, String> record : records) {
            GoldenSamples.assertSameShape(
                    record.value(), "escrow/" + LedgerTypes.type(record) + ".json");
            long next = Long.parseLong(record.value().replaceAll(".*\"revision\":(\\d+).*", "$1"));
            assertThat(next).isGreaterThan(revision);
            revision = next;
        }
        return records;
    }

    /** Reads the event type header of a record. */
    static final class LedgerTypes {
        static String type(ConsumerRecord<String, String> record) {
            Header header = record.headers().lastHeader(Topics.HEADER_EVENT_TYPE);
            return new String(header.value());
        }
    }

    @Test
    void shouldLocateTheCreatedTopUpForItsOwnerOnly() {
        String user = Scenario.user("saver");
        var created =
                given().auth()
                        .oauth2(scenario.token(user))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(ContentType.JSON)
                        .body(Map.of("amount", "12.50", "currency", "EUR"))
                        .post("/api/wallets/me/top-ups");
        String id = created.then().statusCode(201).extract().path("id");
        created.then().header("Location", endsWith("/api/wallets/me/top-ups/" + id));

        given().auth()
                .oauth2(scenario.token(user))
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("amount.amount", equalTo("12.50"))
                .body("providerReference", equalTo(created.path("providerReference")));
        given().auth()
                .oauth2(scenario.token(Scenario.user("stranger")))
                .get(created.header("Location"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/top-up-not-found"));
    }

    @Test
    void shouldOmitNextCursorWhenTheLastPageOfEntriesIsExactlyFull() {
        String user = Scenario.user("saver");
        scenario.topUp(user, "10.00", "EUR");
        scenario.topUp(user, "20.00", "EUR");

        given().auth()
                .oauth2(scenario.token(user))
                .queryParam("limit", 2)
                .get("/api/wallets/me/entries")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("$", not(hasKey("nextCursor")));
    }

    @Test
    void shouldPageEntriesNewestFirstAndExportThemAsCsv() {
        String user = Scenario.user("saver");
        scenario.topUp(user, "10.00", "EUR");
        scenario.topUp(user, "20.00", "EUR");
        scenario.topUp(user, "30.00", "CHF");
        String token = scenario.token(user);

        var first =
                given().auth().oauth2(token).queryParam("limit", 2).get("/api/wallets/me/entries");
        first.then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].amount.amount", equalTo("30.00"))
                .body("items[0].kind", equalTo("TOP_UP"))
                .body("items[0].account", equalTo("AVAILABLE"));
        given().auth()
                .oauth2(token)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/wallets/me/entries")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].balanceAfter.amount", equalTo("10.00"));
        given().auth()
                .oauth2(token)
                .get("/api/wallets/me")
                .then()
                .statusCode(200)
                .body("balances.currency", org.hamcrest.Matchers.contains("CHF", "EUR"))
                .body("balances[1].available", equalTo("30.00"))
                .body("balances[1].held", equalTo("0.00"));

        String csv =
                given().auth()
                        .oauth2(token)
                        .accept("text/csv")
                        .get("/api/wallets/me/entries")
                        .then()
                        .statusCode(200)
                        .contentType("text/csv")
                        .extract()
                        .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .isEqualTo("id,at,kind,account,escrowId,amount,currency,balanceAfter");
        assertThat(lines.get(1)).contains(",TOP_UP,AVAILABLE,,30.00,CHF,30.00");
        assertThat(lines.get(3)).contains(",TOP_UP,AVAILABLE,,10.00,EUR,10.00");
    }

    @Test
    void shouldNameEntriesByRandomIdsAndPageWithCursorsThatCountNothing() {
        String user = Scenario.user("saver");
        for (int amount = 1; amount <= 5; amount++) {
            scenario.topUp(user, amount + ".00", "EUR");
        }

        Response first = entries(user, null);
        first.then().statusCode(200).body("items.amount.amount", contains("5.00", "4.00"));
        assertCursorNamesOnlyTheLastItem(first);
        // Money booked between two pages neither shifts nor repeats what follows the cursor.
        scenario.topUp(user, "6.00", "EUR");
        Response second = entries(user, first.path("nextCursor"));
        second.then().statusCode(200).body("items.amount.amount", contains("3.00", "2.00"));
        assertCursorNamesOnlyTheLastItem(second);
        Response last = entries(user, second.path("nextCursor"));
        last.then()
                .statusCode(200)
                .body("items.amount.amount", contains("1.00"))
                .body("$", not(hasKey("nextCursor")));

        List<String> ids = new ArrayList<>();
        ids.addAll(first.path("items.id"));
        ids.addAll(second.path("items.id"));
        ids.addAll(last.path("items.id"));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
        String csv =
                given().auth()
                        .oauth2(scenario.token(user))
                        .accept("text/csv")
                        .get("/api/wallets/me/entries")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<String> csvIds = csv.lines().skip(2).map(line -> line.split(",")[0]).toList();
        assertThat(csvIds).isEqualTo(ids);
    }

    @Test
    void shouldRefuseACursorNamingSomeoneElsesEntryOrNoEntry() {
        String owner = Scenario.user("saver");
        scenario.topUp(owner, "10.00", "EUR");
        scenario.topUp(owner, "20.00", "EUR");
        String cursor = entries(owner, null, 1).then().statusCode(200).extract().path("nextCursor");
        String stranger = Scenario.user("stranger");
        scenario.topUp(stranger, "5.00", "EUR");

        for (String foreign :
                List.of(cursor, encode(UUID.randomUUID().toString()), encode("322"))) {
            entries(stranger, foreign)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"));
        }
        entries(owner, cursor)
                .then()
                .statusCode(200)
                .body("items.amount.amount", contains("10.00"));
    }

    /** A cursor carries the public id of the page's last entry and nothing else: no count. */
    private static void assertCursorNamesOnlyTheLastItem(Response page) {
        List<String> ids = page.path("items.id");
        String decoded =
                new String(
                        Base64.getUrlDecoder().decode((String) page.path("nextCursor")),
                        StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo(ids.get(ids.size() - 1));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private Response entries(String user, String cursor) {
        return entries(user, cursor, 2);
    }

    private Response entries(String user, String cursor, int limit) {
        var request = given().auth().oauth2(scenario.token(user)).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/wallets/me/entries");
    }
}
