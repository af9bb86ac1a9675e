package dev.nearhand.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text PostgreSQL could not store is refused as bad input, naming where it was. */
@QuarkusTest
class NulCharactersTest {

    @Test
    void shouldRefuseANulCharacterInAJsonStringNamingTheField() {
        given().auth()
                .oauth2(TestTokens.of("alice"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "bike\u0000repair", "size", 3))
                .when()
                .post("/probe/widgets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("detail", equalTo("Field 'name' contains a NUL character"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldStillReadEveryOtherCharacterOfAJsonString() {
        given().auth()
                .oauth2(TestTokens.of("alice"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "單車 \t\u0001 Fahrräder 🚲", "size", 3))
                .when()
                .post("/probe/widgets")
                .then()
                .statusCode(200)
                .body("name", equalTo("單車 \t\u0001 Fahrräder 🚲"));
    }

    @Test
    void shouldRefuseANulCharacterInThePathOrQuery() {
        for (String uri : new String[] {"/probe/conflict/a%00b", "/probe/me?q=a%00b"}) {
            given().urlEncodingEnabled(false)
                    .when()
                    .get(uri)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/malformed-request"))
                    .body("detail", equalTo("The path or query contains a NUL character (%00)"));
        }
    }
}
