package dev.nearhand.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** Builds JWTs shaped as the public API expects, signed with the test key (or a forger's). */
public final class TestTokens {

    public static final String ISSUER = "nearhand-local";
    public static final String AUDIENCE = "nearhand";

    private final String userId;
    private String kyc = "none";
    private final Set<String> groups = new LinkedHashSet<>(Set.of("user"));
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private PrivateKey signingKey;

    private TestTokens(String userId) {
        this.userId = userId;
    }

    public static TestTokens forUser(String userId) {
        return new TestTokens(userId);
    }

    /** A signed token for a plain user with no verification. */
    public static String of(String userId) {
        return forUser(userId).sign();
    }

    public TestTokens kyc(String level) {
        this.kyc = level;
        return this;
    }

    /** Without any group, not even {@code user}: a token the API does not accept. */
    public TestTokens withoutGroups() {
        groups.clear();
        return this;
    }

    public TestTokens operator() {
        groups.add("operator");
        return this;
    }

    public TestTokens expiredSince(Duration ago) {
        this.expiresAt = Instant.now().minus(ago);
        return this;
    }

    public TestTokens expiresIn(Duration fromNow) {
        this.expiresAt = Instant.now().plus(fromNow);
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** Signs with a key the services do not trust. */
    public TestTokens forged() {
        this.signingKey = TestKeys.stranger().getPrivate();
        return this;
    }

    public String sign() {
        PrivateKey key = signingKey != null ? signingKey : TestKeys.privateKey();
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(userId)
                .upn(userId)
                .groups(groups)
                .claim("kyc", kyc)
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt)
                .sign(key);
    }
}
