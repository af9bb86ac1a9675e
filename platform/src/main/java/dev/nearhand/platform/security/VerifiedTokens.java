package dev.nearhand.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token parser every request's authentication goes through: it remembers tokens it has
 * verified, so a client sending the same bearer token again is not verified again.
 *
 * <p>Why: checking an RS256 signature is a 2048-bit modular exponentiation, and the services run
 * C1-compiled (see the local stack), where BigInteger has no intrinsics; in the system benchmark it
 * was 30 % of escrow-service's CPU. A remembered token is the exact string that passed every check
 * (signature, issuer, audience, expiry, {@link UsableTokens}), so a different or altered string is
 * verified afresh. An entry is dropped at the token's own expiry and at most {@code max-age} after
 * it was verified, so a rotated key stops trusting old tokens within that time. The map holds at
 * most {@code size} tokens: when full it drops the expired ones and, if still full, starts over (a
 * miss only costs a verification). Size 0 turns remembering off.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    private final Clock clock;
    private final int size;
    private final long maxAgeMillis;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(
            DefaultJWTParser verifier,
            @ConfigProperty(name = "nearhand.security.token-cache.size") int size,
            @ConfigProperty(name = "nearhand.security.token-cache.max-age") Duration maxAge) {
        this(verifier, Clock.systemUTC(), size, maxAge);
    }

    VerifiedTokens(JWTParser verifier, Clock clock, int size, Duration maxAge) {
        this.verifier = verifier;
        this.clock = clock;
        this.size = size;
        this.maxAgeMillis = maxAge.toMillis();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null && now < known.until()) {
            return known.token();
        }
        JsonWebToken fresh = verifier.parse(token);
        UsableTokens.require(fresh);
        remember(token, fresh, now);
        return fresh;
    }

    int remembered() {
        return verified.size();
    }

    private void remember(String raw, JsonWebToken token, long now) {
        if (size <= 0) {
            return;
        }
        if (verified.size() >= size) {
            verified.values().removeIf(entry -> entry.until() <= now);
            if (verified.size() >= size) {
                verified.clear();
            }
        }
        long until = Math.min(now + maxAgeMillis, token.getExpirationTime() * 1000);
        verified.put(raw, new Verified(token, until));
    }

    private record Verified(JsonWebToken token, long until) {}

    // The calls below carry their own context or key: nothing to remember them by.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        JsonWebToken parsed = verifier.parse(token, context);
        UsableTokens.require(parsed);
        return parsed;
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, java.security.PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
