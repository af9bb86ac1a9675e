package dev.nearhand.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nearhand.testing.TestKeys;
import dev.nearhand.testing.TestTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The remembered-token parser in front of the real smallrye-jwt verifier and the test key. */
class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void shouldAnswerARepeatedTokenFromMemory() throws ParseException {
        VerifiedTokens tokens = tokens(16, Duration.ofMinutes(5));
        String token = TestTokens.forUser("alice").kyc("phone").sign();

        JsonWebToken first = tokens.parse(token);

        assertThat(tokens.parse(token)).isSameAs(first);
        assertThat(first.getSubject()).isEqualTo("alice");
    }

    @Test
    void shouldVerifyAgainOnceTheTokenHasExpired() throws ParseException {
        VerifiedTokens tokens = tokens(16, Duration.ofHours(2));
        String token = TestTokens.forUser("alice").expiresIn(Duration.ofMinutes(10)).sign();
        JsonWebToken first = tokens.parse(token);

        clock.advance(Duration.ofMinutes(11));

        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void shouldVerifyAgainAfterMaxAgeSoARotatedKeyTakesEffect() throws ParseException {
        VerifiedTokens tokens = tokens(16, Duration.ofMinutes(1));
        String token = TestTokens.of("alice");
        JsonWebToken first = tokens.parse(token);

        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.parse(token)).isSameAs(first);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.parse(token)).isNotSameAs(first);
    }

    @Test
    void shouldRefuseAnAlteredCopyOfARememberedToken() throws ParseException {
        VerifiedTokens tokens = tokens(16, Duration.ofMinutes(5));
        String token = TestTokens.of("alice");
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String otherSubject =
                token.replace(
                        parts[1],
                        java.util.Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(
                                        new String(
                                                        java.util.Base64.getUrlDecoder()
                                                                .decode(parts[1]))
                                                .replace("alice", "mallo")
                                                .getBytes()));

        assertThatThrownBy(() -> tokens.parse(otherSubject)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(TestTokens.forUser("alice").forged().sign()))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void shouldNeverHoldMoreTokensThanItsSize() throws ParseException {
        VerifiedTokens tokens = tokens(3, Duration.ofMinutes(5));

        for (int i = 0; i < 7; i++) {
            assertThat(tokens.parse(TestTokens.of("user-" + i)).getSubject())
                    .isEqualTo("user-" + i);
            assertThat(tokens.remembered()).isBetween(1, 3);
        }
    }

    @Test
    void shouldRememberNothingWhenSizeIsZero() throws ParseException {
        VerifiedTokens tokens = tokens(0, Duration.ofMinutes(5));
        String token = TestTokens.of("alice");

        assertThat(tokens.parse(token)).isNotSameAs(tokens.parse(token));
        assertThat(tokens.remembered()).isZero();
    }

    private VerifiedTokens tokens(int size, Duration maxAge) {
        JWTAuthContextInfo context =
                new JWTAuthContextInfo(TestKeys.publicKeyLocation(), TestTokens.ISSUER);
        context.setExpectedAudience(Set.of(TestTokens.AUDIENCE));
        return new VerifiedTokens(new DefaultJWTParser(context), clock, size, maxAge);
    }

    /** Wall-clock time that a test moves forward; the verifier itself keeps real time. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
