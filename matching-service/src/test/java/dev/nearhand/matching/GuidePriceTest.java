package dev.nearhand.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.Area;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.matching.service.TitleFeatures;
import dev.nearhand.matching.service.TradeService;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Guide prices from few and many samples, widening, basis switching, outliers, and comparables
 * chosen by what the query text says.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class GuidePriceTest {

    // Taichung: reserved for this test.
    private static final double LAT = 24.1477;
    private static final double LON = 120.6736;
    private static final double KM_IN_LAT = 1 / 111.2;

    @Inject TradeService trades;
    @Inject ListingIndexService index;

    @Test
    void shouldSayInsufficientDataWhenThereAreTooFewSamples() {
        String category = category();
        trade(category, 0.5, "500.00", 1);
        trade(category, 0.7, "520.00", 1);

        JsonPath body = guide(category, null);

        assertThat(body.getBoolean("insufficientData")).isTrue();
        assertThat(body.getString("median")).isNull();
        assertThat(body.getString("low")).isNull();
        assertThat(body.getInt("sampleSize")).isEqualTo(2);
    }

    @Test
    void shouldWidenTheRadiusUntilThereAreEnoughTrades() {
        String category = category();
        for (int i = 0; i < 6; i++) {
            trade(category, 4 + i * 0.1, (1200 + i * 20) + ".00", 2);
        }

        JsonPath body = guide(category, null);

        assertThat(body.getBoolean("insufficientData")).isFalse();
        assertThat(body.getDouble("radiusKm")).isEqualTo(5.0);
        assertThat(body.getString("basis")).isEqualTo("COMPLETED_TRADES");
        assertThat(body.getInt("sampleSize")).isEqualTo(6);
        assertThat(body.getString("currency")).isEqualTo("TWD");
        // Unit price is total / quantity: 1200.00 for 2 hours is 600.00 an hour.
        assertThat(Double.parseDouble(body.getString("median"))).isBetween(600.0, 660.0);
    }

    @Test
    void shouldSwitchBasisFromAskingPricesToMixedToCompletedTrades() {
        String category = category();
        for (int i = 0; i < 5; i++) {
            asking(category, 0.3 + i * 0.1, "800.00");
        }
        assertThat(guide(category, null).getString("basis")).isEqualTo("ASKING_PRICES");

        for (int i = 0; i < 3; i++) {
            trade(category, 0.2 + i * 0.1, "700.00", 1);
        }
        assertThat(guide(category, null).getString("basis")).isEqualTo("MIXED");

        for (int i = 0; i < 3; i++) {
            trade(category, 0.6 + i * 0.1, "720.00", 1);
        }
        JsonPath trades = guide(category, null);
        assertThat(trades.getString("basis")).isEqualTo("COMPLETED_TRADES");
        assertThat(Double.parseDouble(trades.getString("median"))).isBetween(700.0, 720.0);
    }

    @Test
    void shouldIgnoreOutliersAndGiveATightBandWhenThereAreManySamples() {
        String category = category();
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            double price = 500 * Math.exp(random.nextGaussian() * 0.15);
            trade(
                    category,
                    random.nextDouble() * 1.8,
                    String.format(java.util.Locale.ROOT, "%.2f", price),
                    1);
        }
        trade(category, 0.1, "99999.00", 1);
        trade(category, 0.1, "1.00", 1);

        JsonPath body = guide(category, null);

        assertThat(body.getDouble("radiusKm")).isEqualTo(2.0);
        double low = Double.parseDouble(body.getString("low"));
        double median = Double.parseDouble(body.getString("median"));
        double high = Double.parseDouble(body.getString("high"));
        assertThat(median).isBetween(450.0, 550.0);
        assertThat(low).isLessThan(median).isGreaterThan(350.0);
        assertThat(high).isGreaterThan(median).isLessThan(650.0);
        assertThat(body.getInt("sampleSize")).isBetween(38, 40);
    }

    @Test
    void shouldLearnFromTheGoldenEscrowReleasedEventOnKafka() throws Exception {
        String category = category();
        for (int i = 0; i < 4; i++) {
            trade(category, 0.2, "400.00", 1);
        }
        ObjectNode event =
                (ObjectNode)
                        GoldenSamples.MAPPER.readTree(
                                GoldenSamples.read("escrow/EscrowReleased.json"));
        String eventId = UUID.randomUUID().toString();
        String escrowId = UUID.randomUUID().toString();
        event.put("eventId", eventId);
        ((ObjectNode) event.get("escrow")).put("escrowId", escrowId).put("category", category);
        ((ObjectNode) event.get("escrow").get("area")).put("lat", LAT).put("lon", LON);
        String json = GoldenSamples.MAPPER.writeValueAsString(event);
        KafkaProbe.send(Topics.ESCROW_ESCROWS, escrowId, "EscrowReleased", eventId, json);
        KafkaProbe.send(Topics.ESCROW_ESCROWS, escrowId, "EscrowReleased", eventId, json);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !guide(category, null).getBoolean("insufficientData"));
        assertThat(guide(category, null).getInt("sampleSize")).isEqualTo(5);
    }

    @Test
    void shouldPriceFromTheSamplesWhoseTextMatchesTheQuery() {
        String category = category();
        for (int i = 0; i < 5; i++) {
            asking(category, 0.3 + i * 0.2, "Quiet studio by the park", "1000.00");
            asking(category, 0.4 + i * 0.2, "Family house with a big garden", "3000.00");
        }

        double studio = Double.parseDouble(guide(category, "studio").getString("median"));
        double house = Double.parseDouble(guide(category, "house with garden").getString("median"));

        assertThat(studio).isBetween(950.0, 1050.0);
        assertThat(house).isBetween(2850.0, 3150.0);
    }

    @Test
    void shouldSayInsufficientDataWhenTheQueryMatchesTooFewToMakeABand() {
        String category = category();
        asking(category, 0.3, "Loft by Longshan temple", "400.00");
        asking(category, 0.5, "Longshan loft, quiet", "400.00");
        for (int i = 0; i < 8; i++) {
            asking(category, 0.4 + i * 0.1, "Family flat", (1400 + i * 450) + ".00");
        }

        // The two alike lofts carry the weight and the flats fall away as outliers: two equal
        // prices used to come back as a band with low = median = high.
        JsonPath longshan = guide(category, "Longshan");

        assertThat(longshan.getBoolean("insufficientData")).isTrue();
        assertThat(longshan.getString("median")).isNull();
        assertThat(guide(category, null).getBoolean("insufficientData")).isFalse();
    }

    @Test
    void shouldPreferSamplesStatingTheSameNumberOfBedroomsHoweverWritten() {
        String category = category();
        for (int i = 0; i < 5; i++) {
            asking(category, 0.3 + i * 0.2, "3 bedroom house", "3000.00");
            asking(category, 0.4 + i * 0.2, "1 bedroom house", "1000.00");
        }

        // "3BR" shares no word with "3 bedroom": only the bedroom count tells them apart.
        double three = Double.parseDouble(guide(category, "3BR house").getString("median"));
        double one = Double.parseDouble(guide(category, "Cosy 1-bed house").getString("median"));

        assertThat(three).isBetween(2850.0, 3150.0);
        assertThat(one).isBetween(950.0, 1050.0);
    }

    @Test
    void shouldReadBedroomsAndGuestsHoweverATitleStatesThem() {
        assertThat(TitleFeatures.ofText("Cozy 2BR apartment").bedrooms()).isEqualTo(2);
        assertThat(TitleFeatures.ofText("Two bedroom flat, sleeps 6"))
                .returns(2, TitleFeatures::bedrooms)
                .returns(6, TitleFeatures::guests);
        assertThat(TitleFeatures.ofText("Sunny studio in the CBD").bedrooms()).isZero();
        assertThat(TitleFeatures.ofText("西門町 兩房一廳 近捷運").bedrooms()).isEqualTo(2);
        assertThat(TitleFeatures.ofText("[Ximen Apt] cozy apt like home (4-8P)").guests())
                .isEqualTo(8);
        assertThat(TitleFeatures.ofText("溫馨雙人房"))
                .returns(null, TitleFeatures::bedrooms)
                .returns(2, TitleFeatures::guests);
        assertThat(TitleFeatures.ofText("3/2 house, 2 bath"))
                .returns(null, TitleFeatures::bedrooms);
    }

    @Test
    void shouldRefuseAMissingUnitWithAProblemNamingIt() {
        given().queryParam("category", "tutoring")
                .queryParam("lat", LAT)
                .queryParam("lon", LON)
                .when()
                .get("/api/guide-price")
                .then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("unit"));
    }

    @Test
    void shouldGiveAGuidePriceInTheMinorDigitsOfItsCurrency() {
        String category = category();
        for (int i = 0; i < 6; i++) {
            trade(category, 0.3 + i * 0.2, String.valueOf(1200 + i * 37), 1, "JPY");
        }

        JsonPath body = guide(category, null);

        assertThat(body.getString("currency")).isEqualTo("JPY");
        // Yen have no minor unit: listing-service refuses a price of 1234.57 JPY.
        assertThat(List.of(body.getString("low"), body.getString("median"), body.getString("high")))
                .allMatch(amount -> amount.matches("\\d+"));
    }

    private void trade(String category, double kmNorth, String total, int quantity) {
        trade(category, kmNorth, total, quantity, "TWD");
    }

    private void trade(
            String category, double kmNorth, String total, int quantity, String currency) {
        trades.released(
                UUID.randomUUID(),
                Instant.now(),
                new EscrowSnapshot(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "buyer",
                        "seller",
                        category,
                        new Area("cell", LAT + kmNorth * KM_IN_LAT, LON),
                        "HOUR",
                        quantity,
                        new Money(total, currency),
                        new Money("0", currency),
                        "RELEASED",
                        5,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private void asking(String category, double kmNorth, String amount) {
        asking(category, kmNorth, "Lessons", amount);
    }

    private void asking(String category, double kmNorth, String title, String amount) {
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        UUID.randomUUID(),
                        1,
                        "ACTIVE",
                        title,
                        category,
                        LAT + kmNorth * KM_IN_LAT,
                        LON,
                        amount,
                        "TWD",
                        "asker"));
    }

    private static String category() {
        return "test.guide." + UUID.randomUUID();
    }

    static JsonPath guide(String category, String q) {
        var request =
                given().queryParam("category", category)
                        .queryParam("lat", LAT)
                        .queryParam("lon", LON)
                        .queryParam("unit", "HOUR");
        if (q != null) {
            request.queryParam("q", q);
        }
        return request.when().get("/api/guide-price").then().statusCode(200).extract().jsonPath();
    }
}
