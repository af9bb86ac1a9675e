package dev.nearhand.platform;

import static dev.nearhand.platform.fixture.ProbeRequests.postedWidget;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Half of a UTF-16 surrogate pair is no character: PostgreSQL would store it as "?". Such text is
 * refused naming the field, however the client wrote it; whole pairs (emoji) still pass.
 */
@QuarkusTest
class UnpairedSurrogatesTest {

    @Test
    void shouldRefuseAnEscapedLoneSurrogateNamingTheField() {
        for (String text :
                new String[] {"bike\\ud800repair", "\\udc00", "bike\\ud83d", "\\udeb2\\ud83d"}) {
            postedWidget("{\"name\":\"" + text + "\",\"size\":3}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/malformed-request"))
                    .body("detail", equalTo("Field 'name' contains an unpaired UTF-16 surrogate"))
                    .body("errors[0].field", equalTo("name"));
        }
    }

    @Test
    void shouldNameTheListElementHoldingALoneSurrogate() {
        postedWidget("{\"name\":\"bike\",\"size\":3,\"tags\":[\"ok\",\"\\ud800\"]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("tags[1]"));
    }

    @Test
    void shouldRefuseALoneSurrogateEncodedAsUtf8Bytes() {
        // ED A0 80 is how a lenient encoder writes U+D800 in UTF-8 (CESU-8 style).
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"bike".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        body.writeBytes("\",\"size\":3}".getBytes(StandardCharsets.UTF_8));

        given().auth()
                .oauth2(TestTokens.of("alice"))
                .contentType("application/json; charset=UTF-8")
                .body(body.toByteArray())
                .when()
                .post("/probe/widgets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"));
    }

    @Test
    void shouldReadASurrogatePairWrittenAsEscapes() {
        postedWidget("{\"name\":\"bike \\ud83d\\udeb2\",\"size\":3}")
                .statusCode(200)
                .body("name", equalTo("bike 🚲"));
    }
}
