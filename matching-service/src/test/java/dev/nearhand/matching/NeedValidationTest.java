package dev.nearhand.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.contracts.Topics;
import dev.nearhand.matching.service.ShopAreaService;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What POST /api/needs refuses beyond a missing field: a budget that is no money, a category no
 * listing id can look like, a {@code when} that pretends to be an ISO time; and that a refused need
 * leaves nothing behind.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class NeedValidationTest {

    // Taitung: reserved for this test.
    private static final double LAT = 22.7583;
    private static final double LON = 121.1444;

    @Inject ShopAreaService shops;
    @Inject EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.000"})
    void shouldRefuseABudgetOfNothingWithAProblemNamingItsAmount(String amount) {
        refused(with("budget", Map.of("amount", amount, "currency", "TWD")), "budget.amount")
                .body("errors[0].message", equalTo("must be greater than 0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "XXX", "XTS", "XAU", "BOV"})
    void shouldRefuseABudgetInACodeNoOnePaysWithWithAProblemNamingItsCurrency(String currency) {
        refused(with("budget", Map.of("amount", "10", "currency", currency)), "budget.currency")
                .body("errors[0].message", equalTo(Currencies.NOT_MONEY));
    }

    @Test
    void shouldTakeTheSmallestBudgetItsCurrencyCanHold() {
        post(with("budget", Map.of("amount", "0.01", "currency", "TWD")))
                .statusCode(201)
                .body("budget.amount", equalTo("0.01"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "Moving",
                "space.Room",
                "space..room",
                ".moving",
                "moving.",
                "space room",
                "space/room",
                "moving!",
                "umzüge",
                "1moving",
                "space.-room",
                "repair.e--bike",
                "repair.bike-",
                " moving"
            })
    void shouldRefuseAMalformedCategoryWithAProblemNamingIt(String category) {
        refused(with("category", category), "category");
    }

    @Test
    void shouldRefuseACategoryLongerThanOneCanBeStored() {
        refused(with("category", "a".repeat(101)), "category");
    }

    @ParameterizedTest
    @ValueSource(strings = {"space.room", "tutoring", "garden.mowing", "repair.e-bike", "space.r2"})
    void shouldTakeACategoryShapedLikeListingServicesIds(String category) {
        post(with("category", category)).statusCode(201).body("category", equalTo(category));
    }

    @Test
    void shouldTakeACategoryOfTheLongestLengthStored() {
        String category = "a".repeat(50) + "." + "b".repeat(49);
        post(with("category", category)).statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-13-45T99:00:00Z",
                "2026-02-30",
                "2026-12-08T25:00:00Z",
                "2026-12-08T09:00:00+08:00",
                "2026-12-08T09:00:00",
                "2026-12",
                "2026-12-08 morning"
            })
    void shouldRefuseAWhenThatLooksLikeAnIsoTimeButIsNoneWithAProblemNamingIt(String when) {
        refused(with("when", when), "when");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-4714-11-23",
                "+99999-01-01",
                "+999999999-12-31",
                "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z"
            })
    void shouldRefuseAWhenDatedInAYearOfMoreThanFourDigitsWithAProblemNamingIt(String when) {
        refused(with("when", when), "when");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-08",
                "0000-01-01",
                "9999-12-31",
                "9999-12-31T23:00:00Z",
                "2026-12-08T09:00:00Z",
                "2026-12-08T09:00:00.5Z",
                "today",
                "this weekend",
                "週末下午",
                "12345",
                "after 2026-12-08"
            })
    void shouldTakeAWhenThatIsAnIsoDateOrUtcTimeOrFreeText(String when) {
        post(with("when", when)).statusCode(201).body("when", equalTo(when));
    }

    static Stream<Object> notText() {
        return Stream.of(12345, 12.5, true);
    }

    @ParameterizedTest
    @MethodSource("notText")
    void shouldRefuseAWhenThatIsNotJsonTextWithAProblemNamingIt(Object when) {
        given().auth()
                .oauth2(TestTokens.of("buyer-" + UUID.randomUUID()))
                .contentType("application/json")
                .body(with("when", when))
                .when()
                .post("/api/needs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("when"));
    }

    @Test
    void shouldStillRefuseANulCharacterInWhen() {
        given().auth()
                .oauth2(TestTokens.of("buyer-" + UUID.randomUUID()))
                .contentType("application/json")
                .body(with("when", "today\u0000"))
                .when()
                .post("/api/needs")
                .then()
                .statusCode(400)
                .body("errors.field", contains("when"))
                .body("errors[0].message", equalTo("contains a NUL character"));
    }

    @Test
    void shouldStoreAndAnnounceNothingForARefusedNeed() {
        String owner = "provider-" + UUID.randomUUID();
        shops.apply(UUID.randomUUID(), Fixtures.shop(owner, LAT, LON, 5.0));
        String marker = "refused-" + UUID.randomUUID();
        List<Map<String, Object>> refusedNeeds =
                List.of(
                        with("budget", Map.of("amount", "0", "currency", "TWD"), "text", marker),
                        with("budget", Map.of("amount", "10", "currency", "XYZ"), "text", marker),
                        with("category", "nope!", "text", marker),
                        with("when", "2026-13-45T99:00:00Z", "text", marker),
                        with("when", 12345, "text", marker));
        for (Map<String, Object> need : refusedNeeds) {
            post(need).statusCode(400);
        }
        String posted =
                post(with("text", "posted after " + marker))
                        .statusCode(201)
                        .extract()
                        .path("needId");

        List<String> texts =
                given().auth()
                        .oauth2(TestTokens.of(owner))
                        .when()
                        .get("/api/needs/nearby")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.text");
        assertThat(texts).contains("posted after " + marker).doesNotContain(marker);
        assertThat(rows("SELECT count(*) FROM need WHERE text = ?1", marker)).isZero();
        assertThat(
                        rows(
                                "SELECT count(*) FROM outbox_event WHERE payload LIKE ?1",
                                "%\"" + marker + "\"%"))
                .isZero();
        // The outbox relays in order: had a refused need been announced, it would be on the topic
        // no later than the need posted after it (whose text also carries the marker).
        try (KafkaProbe probe = KafkaProbe.reading(Topics.MATCHING_NEEDS)) {
            List<ConsumerRecord<String, String>> announced =
                    probe.awaitAtLeast(1, r -> r.value().contains(marker));
            assertThat(announced).extracting(ConsumerRecord::key).containsExactly(posted);
        }
    }

    /** The audit's valid need, with some fields changed. */
    private static Map<String, Object> with(Object... changes) {
        Map<String, Object> need = new HashMap<>();
        need.put("text", "Need help moving");
        need.put("category", "moving");
        need.put("location", Map.of("lat", LAT, "lon", LON));
        for (int i = 0; i < changes.length; i += 2) {
            need.put((String) changes[i], changes[i + 1]);
        }
        return need;
    }

    private static ValidatableResponse post(Map<String, Object> need) {
        return given().auth()
                .oauth2(TestTokens.of("buyer-" + UUID.randomUUID()))
                .contentType("application/json")
                .body(need)
                .when()
                .post("/api/needs")
                .then();
    }

    /** A need refused as a validation failure naming only {@code field}. */
    private static ValidatableResponse refused(Map<String, Object> need, String field) {
        return post(need)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", contains(field));
    }

    private long rows(String sql, String parameter) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                entityManager
                                                        .createNativeQuery(sql)
                                                        .setParameter(1, parameter)
                                                        .getSingleResult())
                                        .longValue());
    }
}
