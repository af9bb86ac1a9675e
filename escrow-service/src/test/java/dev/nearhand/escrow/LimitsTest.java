package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class LimitsTest {

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;

    String buyer;
    String seller;

    @BeforeEach
    void setUp() {
        buyer = Scenario.user("buyer");
        seller = Scenario.user("seller");
    }

    @Test
    void shouldRefuseConfirmWhenBuyerIsUnverified() {
        UUID listing = scenario.listing(seller, "10.00", "CNY");
        String unverified = TestTokens.forUser(buyer).kyc("none").sign();
        topUp(unverified, "50.00");
        var created = open(unverified, listing, 1);
        created.then().statusCode(201).body("warnings.code", hasItem("VERIFICATION_REQUIRED"));

        scenario.actWithToken(unverified, UUID.fromString(created.path("id")), "confirm")
                .then()
                .statusCode(422)
                .body("type", endsWith("/limit-exceeded"))
                .body("detail", containsString("verify your phone number"));
        assertThat(probe.journalKinds(UUID.fromString(created.path("id")))).isEmpty();
    }

    @Test
    void shouldRefusePerEscrowCapForPhoneVerifiedBuyer() {
        UUID listing = scenario.listing(seller, "1000.00", "CNY");
        String phone = TestTokens.forUser(buyer).kyc("phone").sign();

        open(phone, listing, 3)
                .then()
                .statusCode(422)
                .body("type", endsWith("/limit-exceeded"))
                .body("detail", containsString("Verify your identity"));
        open(phone, listing, 2)
                .then()
                .statusCode(201)
                .body("warnings.code", hasItem("NEAR_PER_ESCROW_LIMIT"));
    }

    @Test
    void shouldRefuseConfirmOverOpenExposure() {
        UUID listing = scenario.listing(seller, "2000.00", "CNY");
        String phone = TestTokens.forUser(buyer).kyc("phone").sign();
        topUp(phone, "6000.00");
        for (int i = 0; i < 2; i++) {
            UUID id = UUID.fromString(open(phone, listing, 1).path("id"));
            scenario.actWithToken(phone, id, "confirm").then().statusCode(200);
        }
        var third = open(phone, listing, 1);
        third.then().statusCode(201).body("warnings.code", hasItem("EXPOSURE_LIMIT_EXCEEDED"));

        scenario.actWithToken(phone, UUID.fromString(third.path("id")), "confirm")
                .then()
                .statusCode(422)
                .body("type", endsWith("/limit-exceeded"))
                .body("detail", containsString("5000.00 CNY"));
        assertThat(scenario.balance(buyer, "CNY")[1]).isEqualByComparingTo("4000.00");
    }

    @Test
    void shouldRaiseCapWhenCreditTierArrivesOnKafka() throws Exception {
        UUID listing = scenario.listing(seller, "2500.00", "CNY");
        String phone = TestTokens.forUser(buyer).kyc("phone").sign();
        open(phone, listing, 1).then().statusCode(422).body("type", endsWith("/limit-exceeded"));

        ObjectNode credit =
                (ObjectNode)
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("reputation/CreditChanged.json"));
        String eventId = UUID.randomUUID().toString();
        credit.put("eventId", eventId)
                .put("userId", buyer)
                .put("tier", "SILVER")
                .put("creditVersion", 9);
        KafkaProbe.send(
                Topics.REPUTATION_CREDIT,
                buyer,
                "CreditChanged",
                eventId,
                GoldenSamples.MAPPER.writeValueAsString(credit));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SILVER".equals(probe.creditTier(buyer)));

        ObjectNode older = credit.deepCopy();
        String olderId = UUID.randomUUID().toString();
        older.put("eventId", olderId).put("tier", "NEW").put("creditVersion", 3);
        KafkaProbe.send(
                Topics.REPUTATION_CREDIT,
                buyer,
                "CreditChanged",
                olderId,
                GoldenSamples.MAPPER.writeValueAsString(older));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> probe.processed(UUID.fromString(olderId)));
        assertThat(probe.creditTier(buyer)).isEqualTo("SILVER");

        topUp(phone, "2500.00");
        UUID id =
                UUID.fromString(
                        open(phone, listing, 1).then().statusCode(201).extract().path("id"));
        scenario.actWithToken(phone, id, "confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"));
    }

    private io.restassured.response.Response open(String token, UUID listing, int quantity) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("listingId", listing.toString(), "quantity", quantity))
                .post("/api/escrows");
    }

    private void topUp(String token, String amount) {
        given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "currency", "CNY"))
                .post("/api/wallets/me/top-ups")
                .then()
                .statusCode(201);
    }
}
