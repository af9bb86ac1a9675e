package dev.nearhand.platform;

import static dev.nearhand.platform.fixture.ProbeRequests.postedWidget;
import static dev.nearhand.platform.fixture.ProbeRequests.refusedAsUnauthorized;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.nearhand.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemAndTokenTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldAcceptAValidTokenAndExposeItsClaims() {
        given().auth()
                .oauth2(TestTokens.forUser("alice").kyc("phone").operator().sign())
                .when()
                .get("/probe/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("alice"))
                .body("verification", equalTo("PHONE"))
                .body("operator", equalTo(true));
    }

    @Test
    void shouldTreatAMissingOrUnknownKycClaimAsUnverified() {
        given().auth()
                .oauth2(TestTokens.forUser("bob").kyc("platinum").sign())
                .when()
                .get("/probe/me")
                .then()
                .statusCode(200)
                .body("verification", equalTo("NONE"))
                .body("operator", equalTo(false));
    }

    @Test
    void shouldRefuseARequestWithoutTokenAsProblem() {
        given().when()
                .get("/probe/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void shouldRefuseForgedExpiredAndMisaddressedTokens() {
        for (String token :
                new String[] {
                    TestTokens.forUser("mallory").forged().sign(),
                    TestTokens.forUser("alice").expiredSince(Duration.ofMinutes(10)).sign(),
                    TestTokens.forUser("alice").issuer("someone-else").sign(),
                    TestTokens.forUser("alice").audience("another-app").sign(),
                    "not.a.jwt"
                }) {
            refusedAsUnauthorized(token);
        }
    }

    @Test
    void shouldRefuseSignedTokensWhoseSubjectOrGroupsNoUserCanHave() {
        for (String token :
                new String[] {
                    TestTokens.of("a\u0000b"),
                    TestTokens.of("line\nbreak"),
                    TestTokens.of("x".repeat(256)),
                    TestTokens.of(" "),
                    TestTokens.forUser("alice").withoutGroups().sign()
                }) {
            refusedAsUnauthorized(token);
        }
        String longest = "x".repeat(255);
        given().auth()
                .oauth2(TestTokens.of(longest))
                .when()
                .get("/probe/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(longest));
    }

    @Test
    void shouldRefuseAValueOfTheWrongJsonTypeOrAFractionInsteadOfConvertingIt() {
        for (String[] bodyAndField :
                new String[][] {
                    {"{\"name\":\"x\",\"size\":1.5}", "size"},
                    {"{\"name\":\"x\",\"size\":\"3\"}", "size"},
                    {"{\"name\":\"x\",\"size\":true}", "size"},
                    {"{\"name\":\"x\",\"size\":\"\"}", "size"},
                    {"{\"name\":\"x\",\"size\":3,\"price\":\"\"}", "price"},
                    {"{\"name\":123,\"size\":3}", "name"},
                    {"{\"name\":1.5,\"size\":3}", "name"},
                    {"{\"name\":false,\"size\":3}", "name"}
                }) {
            postedWidget(bodyAndField[0])
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", endsWith("/malformed-request"))
                    .body("errors[0].field", equalTo(bodyAndField[1]));
        }
    }

    @Test
    void shouldReadAMoneyAmountGivenAsADecimalString() {
        postedWidget("{\"name\":\"x\",\"size\":3,\"price\":\"120.50\"}")
                .statusCode(200)
                .body("price", equalTo(120.50f));
    }

    @Test
    void shouldRefuseDuplicateKeysAndTextAfterTheBody() {
        for (String body :
                new String[] {
                    "{\"name\":\"x\",\"size\":1,\"size\":9}", "{\"name\":\"x\",\"size\":1} {}"
                }) {
            postedWidget(body)
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", endsWith("/malformed-request"));
        }
    }

    @Test
    void shouldNameEveryInvalidField() {
        postedWidget("{\"name\":\"\",\"size\":11}")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "size"));
    }

    @Test
    void shouldNameTheFieldThatCannotBeRead() {
        postedWidget("{\"name\":\"x\",\"size\":\"eleven\"}")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/malformed-request"))
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldRefuseBrokenJson() {
        postedWidget("{\"name\":")
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/malformed-request"));
    }

    @Test
    void shouldDescribeADomainConflictWithItsContext() {
        given().when()
                .get("/probe/conflict/RELEASED")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/illegal-transition"))
                .body("currentState", equalTo("RELEASED"));
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        given().when()
                .get("/probe/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void shouldHideInternalsOfAnUnexpectedFailure() {
        given().when()
                .get("/probe/boom")
                .then()
                .statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/internal-error"))
                .body("detail", not(containsString("secret")));
    }
}
