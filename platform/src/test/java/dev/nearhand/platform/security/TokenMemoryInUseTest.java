package dev.nearhand.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service authenticates bearer tokens through {@link VerifiedTokens}, not around it. */
@QuarkusTest
class TokenMemoryInUseTest {

    @Inject JWTParser parser;

    @Test
    void shouldRememberATokenAHttpRequestPresented() {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        VerifiedTokens tokens = (VerifiedTokens) parser;
        int before = tokens.remembered();

        given().auth()
                .oauth2(TestTokens.of("carol-" + System.nanoTime()))
                .when()
                .get("/probe/me")
                .then()
                .statusCode(200);

        assertThat(tokens.remembered()).isEqualTo(before + 1);
    }
}
