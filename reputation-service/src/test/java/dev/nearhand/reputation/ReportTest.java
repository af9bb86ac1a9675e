package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.finished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports: filed by users (rate-limited, never about themselves), decided by operators only. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ReportTest {

    @Inject TestClock clock;
    @Inject TradeService trades;

    @Test
    void shouldRefuseReportingYourself() {
        String user = ReputationApi.newUser("user");
        ReputationApi.report(user, user, "SPAM")
                .statusCode(422)
                .body("type", endsWith("/cannot-report-yourself"));
    }

    @Test
    void shouldRefuseAReportFloodWithoutFilingIt() {
        String reporter = ReputationApi.newUser("flooder");
        for (int i = 0; i < 5; i++) {
            ReputationApi.report(reporter, ReputationApi.newUser("target"), "SPAM").statusCode(201);
        }
        String target = ReputationApi.newUser("target");
        ReputationApi.report(reporter, target, "SPAM")
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", endsWith("/too-many-reports"));
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .queryParam("limit", 100)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(5));
    }

    @Test
    void shouldRefuseInvalidReports() {
        String reporter = ReputationApi.newUser("reporter");
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .contentType("application/json")
                .body(Map.of("userId", "someone", "reason", "RUDE"))
                .post("/api/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .contentType("application/json")
                .body(Map.of("reason", "SPAM", "detail", "x".repeat(2001)))
                .post("/api/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("userId"))
                .body("errors.field", hasItem("detail"));
    }

    @Test
    void shouldRefuseAnUnknownStatusOrANonNumericLimitAsABadRequestNamingIt() {
        String reporter = ReputationApi.newUser("reporter");
        for (String status : new String[] {"open", "PENDING"}) {
            given().auth()
                    .oauth2(TestTokens.of(reporter))
                    .queryParam("status", status)
                    .get("/api/reports")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("status"));
        }
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .queryParam("limit", "abc")
                .get("/api/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldGiveNoNextCursorWithAFullLastPage() {
        String reporter = ReputationApi.newUser("reporter");
        for (int i = 0; i < 2; i++) {
            ReputationApi.report(reporter, ReputationApi.newUser("target"), "SPAM").statusCode(201);
        }
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .queryParam("limit", 2)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("$", not(hasKey("nextCursor")));
        String cursor =
                given().auth()
                        .oauth2(TestTokens.of(reporter))
                        .queryParam("limit", 1)
                        .get("/api/reports")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("nextCursor");
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("$", not(hasKey("nextCursor")));
    }

    @Test
    void shouldLetOnlyOperatorsDecide() {
        String reporter = ReputationApi.newUser("reporter");
        String target = ReputationApi.newUser("target");
        String id =
                ReputationApi.report(reporter, target, "HARASSMENT")
                        .statusCode(201)
                        .extract()
                        .path("id");

        ReputationApi.decide(TestTokens.of(reporter), id, "UPHOLD").statusCode(403);
        ReputationApi.decide(TestTokens.of(target), id, "DISMISS").statusCode(403);
        assertThat(ReputationApi.social(target)).isEqualTo(1000);
        given().auth()
                .oauth2(ReputationApi.operator())
                .queryParam("status", "OPEN")
                .queryParam("limit", 100)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("OPEN")));
    }

    @Test
    void shouldRefuseAnOperatorDecidingAReportTheyFiledAndLetAnotherOperatorDecideIt() {
        String operatorUser = ReputationApi.newUser("operator");
        String target = ReputationApi.newUser("target");
        String id =
                ReputationApi.report(operatorUser, target, "HARASSMENT")
                        .statusCode(201)
                        .extract()
                        .path("id");

        ReputationApi.decide(TestTokens.forUser(operatorUser).operator().sign(), id, "UPHOLD")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/party-to-report"))
                .body("detail", equalTo("You filed this report: another operator must decide it"));
        assertStillOpen(id);
        assertThat(ReputationApi.social(target)).isEqualTo(1000);

        ReputationApi.decide(ReputationApi.operator(), id, "UPHOLD")
                .statusCode(200)
                .body("status", equalTo("UPHELD"));
        assertThat(ReputationApi.social(target)).isLessThan(1000);
    }

    @Test
    void shouldRefuseAnOperatorDecidingAReportAboutThemAndLetAnotherOperatorDecideIt() {
        String reporter = ReputationApi.newUser("reporter");
        String operatorUser = ReputationApi.newUser("operator");
        String id =
                ReputationApi.report(reporter, operatorUser, "HARASSMENT")
                        .statusCode(201)
                        .extract()
                        .path("id");
        String subjectsToken = TestTokens.forUser(operatorUser).operator().sign();

        for (String decision : new String[] {"DISMISS", "UPHOLD"}) {
            ReputationApi.decide(subjectsToken, id, decision)
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/party-to-report"))
                    .body(
                            "detail",
                            equalTo("This report is about you: another operator must decide it"));
        }
        assertStillOpen(id);
        assertThat(ReputationApi.social(operatorUser)).isEqualTo(1000);

        ReputationApi.decide(ReputationApi.operator(), id, "UPHOLD")
                .statusCode(200)
                .body("status", equalTo("UPHELD"));
        assertThat(ReputationApi.social(operatorUser)).isLessThan(1000);
    }

    private static void assertStillOpen(String reportId) {
        given().auth()
                .oauth2(ReputationApi.operator())
                .get("/api/reports/" + reportId)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("$", not(hasKey("decidedAt")))
                .body("$", not(hasKey("decisionNote")));
    }

    @Test
    void shouldLowerSocialCreditOnlyWhenAReportIsUpheld() {
        String reporter = ReputationApi.newUser("reporter");
        String upheld = ReputationApi.newUser("harasser");
        String dismissed = ReputationApi.newUser("innocent");
        String a =
                ReputationApi.report(reporter, upheld, "HARASSMENT")
                        .statusCode(201)
                        .extract()
                        .path("id");
        String b =
                ReputationApi.report(reporter, dismissed, "HARASSMENT")
                        .statusCode(201)
                        .extract()
                        .path("id");
        assertThat(ReputationApi.social(upheld)).isEqualTo(1000);

        String operator = ReputationApi.operator();
        ReputationApi.decide(operator, a, "UPHOLD")
                .statusCode(200)
                .body("status", equalTo("UPHELD"));
        ReputationApi.decide(operator, b, "DISMISS")
                .statusCode(200)
                .body("status", equalTo("DISMISSED"));
        ReputationApi.decide(operator, a, "DISMISS")
                .statusCode(409)
                .body("type", endsWith("/report-already-decided"));

        assertThat(ReputationApi.social(upheld)).isLessThan(1000);
        assertThat(ReputationApi.creditOf(dismissed))
                .containsEntry("social", 1000)
                .containsEntry("tier", "NEW");
        // The reporter sees the outcome of their own report.
        given().auth()
                .oauth2(TestTokens.of(reporter))
                .get("/api/reports/" + a)
                .then()
                .statusCode(200)
                .body("status", equalTo("UPHELD"));
    }

    @Test
    void shouldWeighAReportFromACounterpartyMoreThanOneFromAStranger() {
        String counterparty = ReputationApi.newUser("buyer");
        String stranger = ReputationApi.newUser("stranger");
        String fraudA = ReputationApi.newUser("seller-a");
        String fraudB = ReputationApi.newUser("seller-b");
        finished("RELEASED", counterparty, fraudA, clock.instant()).applyWith(trades);
        finished("RELEASED", counterparty, fraudB, clock.instant()).applyWith(trades);
        String operator = ReputationApi.operator();
        String byCounterparty =
                ReputationApi.report(counterparty, fraudA, "FRAUD")
                        .statusCode(201)
                        .extract()
                        .path("id");
        String byStranger =
                ReputationApi.report(stranger, fraudB, "FRAUD")
                        .statusCode(201)
                        .extract()
                        .path("id");

        ReputationApi.decide(operator, byCounterparty, "UPHOLD").statusCode(200);
        ReputationApi.decide(operator, byStranger, "UPHOLD").statusCode(200);

        int hitByCounterparty = 1000 - ReputationApi.social(fraudA);
        int hitByStranger = 1000 - ReputationApi.social(fraudB);
        assertThat(hitByStranger).isPositive().isLessThan(hitByCounterparty);
    }

    @Test
    void shouldHideAReportFromEveryoneButItsReporterAndOperators() {
        String reporter = ReputationApi.newUser("reporter");
        String target = ReputationApi.newUser("target");
        String id =
                ReputationApi.report(reporter, target, "SPAM").statusCode(201).extract().path("id");

        given().auth()
                .oauth2(TestTokens.of(target))
                .get("/api/reports/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.of(target))
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth()
                .oauth2(ReputationApi.operator())
                .get("/api/reports/" + id)
                .then()
                .statusCode(200);
        given().get("/api/reports/" + id).then().statusCode(401);
    }
}
