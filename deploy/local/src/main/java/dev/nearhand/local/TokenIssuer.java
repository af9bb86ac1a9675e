package dev.nearhand.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Mints the RS256 JWTs the local services accept, with plain java.security (API.md, Identity). */
final class TokenIssuer {

    // Not smallrye-jwt-build: it wants a MicroProfile Config and a JSON-P implementation at run
    // time, and `./nearhand token` must start fast with nothing else on stdout.

    static final String ISSUER = "nearhand-local";
    static final String AUDIENCE = "nearhand";
    static final Duration LIFETIME = Duration.ofHours(24);
    static final List<String> KYC_LEVELS = List.of("none", "phone", "id");

    private TokenIssuer() {}

    static String issue(PrivateKey key, String user, String kyc, boolean operator, Instant now) {
        if (!KYC_LEVELS.contains(kyc)) {
            throw new IllegalArgumentException("kyc must be one of " + KYC_LEVELS + ": " + kyc);
        }
        List<String> groups = new ArrayList<>(List.of("user"));
        if (operator) {
            groups.add("operator");
        }
        long issuedAt = now.getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims =
                "{"
                        + "\"iss\":"
                        + quote(ISSUER)
                        + ",\"aud\":"
                        + quote(AUDIENCE)
                        + ",\"sub\":"
                        + quote(user)
                        + ",\"upn\":"
                        + quote(user)
                        + ",\"groups\":["
                        + String.join(",", groups.stream().map(TokenIssuer::quote).toList())
                        + "]"
                        + ",\"kyc\":"
                        + quote(kyc)
                        + ",\"iat\":"
                        + issuedAt
                        + ",\"exp\":"
                        + (issuedAt + LIFETIME.toSeconds())
                        + ",\"jti\":"
                        + quote(UUID.randomUUID().toString())
                        + "}";
        String signingInput =
                base64Url(header.getBytes(StandardCharsets.UTF_8))
                        + "."
                        + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64Url(sign(key, signingInput));
    }

    private static byte[] sign(PrivateKey key, String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "could not sign the token with " + key.getAlgorithm(), e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A JSON string literal; user ids are taken verbatim, so quotes and control characters must be
     * escaped.
     */
    static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
