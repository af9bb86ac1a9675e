package dev.nearhand.platform;

import static dev.nearhand.platform.fixture.ProbeRequests.refusedAsUnauthorized;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Public reads need no token (API.md), so a bad one makes the caller anonymous there instead of
 * refusing the read; endpoints that need a user still refuse it.
 */
@QuarkusTest
class PublicReadTokenTest {

    @Test
    void shouldKnowTheCallerOfAPublicReadFromAValidToken() {
        given().auth()
                .oauth2(TestTokens.of("alice"))
                .when()
                .get("/probe/caller")
                .then()
                .statusCode(200)
                .body("id", equalTo("alice"));
        given().when().get("/probe/caller").then().statusCode(200).body("id", equalTo("anonymous"));
    }

    @Test
    void shouldAnswerAPublicReadWithABadTokenAsForAnAnonymousCaller() {
        for (String token : badTokens()) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/probe/caller")
                    .then()
                    .statusCode(200)
                    .body("id", equalTo("anonymous"));
            refusedAsUnauthorized(token);
        }
    }

    private static String[] badTokens() {
        return new String[] {
            TestTokens.forUser("alice").forged().sign(),
            TestTokens.forUser("alice").expiredSince(Duration.ofMinutes(10)).sign(),
            TestTokens.forUser("alice").withoutGroups().sign(),
            "not.a.jwt"
        };
    }
}
