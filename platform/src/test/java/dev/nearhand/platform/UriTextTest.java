package dev.nearhand.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.platform.fixture.ProbeRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL could not store, or that would decode to something else than was sent, is refused
 * as bad input with a problem document, wherever in the request it is.
 */
@QuarkusTest
class UriTextTest {

    @Test
    void shouldRefuseANulCharacterInAJsonStringNamingTheField() {
        ProbeRequests.postedWidget(Map.of("name", "bike\u0000repair", "size", 3))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("detail", equalTo("Field 'name' contains a NUL character"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldStillReadEveryOtherCharacterOfAJsonString() {
        ProbeRequests.postedWidget(Map.of("name", "單車 \t\u0001 Fahrräder 🚲", "size", 3))
                .statusCode(200)
                .body("name", equalTo("單車 \t\u0001 Fahrräder 🚲"));
    }

    @Test
    void shouldRefuseANulCharacterInThePathOrQuery() {
        for (String uri : new String[] {"/probe/conflict/a%00b", "/probe/me?q=a%00b"}) {
            refusedAsMalformed(uri, "The path or query contains a NUL character (%00)");
        }
    }

    @Test
    void shouldRefusePercentEncodedBytesThatAreNotUtf8InThePathOrQuery() {
        String notUtf8 = "The path or query has percent-encoded bytes that are not UTF-8 text";
        refusedAsMalformed("/probe/conflict/%ED%A0%80", notUtf8); // a lone surrogate
        refusedAsMalformed("/probe/conflict/%C0%80", notUtf8); // an overlong NUL
        refusedAsMalformed("/probe/caller?q=%E5%96", notUtf8); // cut short
        refusedAsMalformed("/probe/caller?q=caf%E9", notUtf8); // Latin-1, not UTF-8
    }

    @Test
    void shouldStillDecodeUtf8InThePath() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/probe/conflict/%E5%96%AE%E8%BB%8A%20%F0%9F%9A%B2")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("單車 🚲"));
    }

    private static void refusedAsMalformed(String uri, String detail) {
        given().urlEncodingEnabled(false)
                .when()
                .get(uri)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"))
                .body("detail", equalTo(detail));
    }
}
