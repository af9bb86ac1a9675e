package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Amounts a client writes are refused with a 400 naming the field before any arithmetic unless they
 * are plain ASCII decimals within the ledger's NUMERIC(19, 4) columns: no exponent, no sign, no
 * other digits. Opening an escrow takes no amount (the price comes from the listing), so top-up and
 * resolve are the endpoints to cover.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class MoneyInputTest {

    static final List<String> OUT_OF_RANGE =
            List.of(
                    "1E+2147483647",
                    "1E+100000000",
                    "1E+2",
                    "1000000000000000",
                    "+4e-0", // an exponent that keeps a plain scale
                    "+4.00",
                    "٤.٠٠", // Arabic-Indic digits
                    "４.00", // full-width digits
                    ".5",
                    "4.",
                    " 4.00");

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;

    @Test
    void shouldRefuseSellerShareWithExponentOrTooManyDigitsNamingTheField() {
        String buyer = Scenario.user("buyer");
        String seller = Scenario.user("seller");
        UUID listing = scenario.listing(seller, "10.00", "EUR");
        UUID id = scenario.disputed(buyer, seller, listing, 1, "10.00", "EUR");

        for (String amount : OUT_OF_RANGE) {
            scenario.resolve(id, Map.of("amount", amount, "currency", "EUR"))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("sellerShare.amount"));
            scenario.resolve(id, amount)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("sellerShare.amount"));
        }
        assertThat(probe.journalKinds(id)).containsExactly("HOLD");

        scenario.resolve(id, "4.00").then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void shouldRefuseTopUpWithExponentOrTooManyDigitsNamingTheField() {
        String user = Scenario.user("saver");
        for (String amount : OUT_OF_RANGE) {
            given().auth()
                    .oauth2(scenario.token(user))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(Map.of("amount", amount, "currency", "EUR"))
                    .post("/api/wallets/me/top-ups")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("amount"));
        }
        assertThat(scenario.available(user, "EUR")).isEqualByComparingTo("0");
    }

    @Test
    void shouldRefuseCodesThatAreNotMoneyNamingTheCurrency() {
        String user = Scenario.user("saver");
        for (String code : List.of("XXX", "XTS", "XAU", "BOV")) {
            given().auth()
                    .oauth2(scenario.token(user))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(Map.of("amount", "10", "currency", code))
                    .post("/api/wallets/me/top-ups")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("currency"))
                    .body("errors[0].message", equalTo(Currencies.NOT_MONEY));
        }
        given().auth()
                .oauth2(scenario.token(user))
                .get("/api/wallets/me")
                .then()
                .statusCode(200)
                .body("balances", hasSize(0));
    }
}
