package dev.nearhand.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The acting user, taken only from the verified token: never from a request body or path. */
@RequestScoped
public class CurrentUser {

    public static final String OPERATOR = "operator";
    public static final String USER = "user";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    CurrentUser(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new UnauthorizedException();
        }
        return subject;
    }

    /**
     * The caller's id on endpoints anyone may call; empty for anonymous callers, and for a token
     * that fails verification. Such endpoints need no token (API.md), so a bad one must not refuse
     * the read: it only means the caller is not recognised, as on the reads that never ask.
     */
    public Optional<String> idIfKnown() {
        try {
            if (identity.isAnonymous()) {
                return Optional.empty();
            }
        } catch (AuthenticationFailedException badToken) {
            // Authentication is lazy (not proactive): it runs, and fails, on this first look.
            return Optional.empty();
        }
        return Optional.of(id());
    }

    public boolean isOperator() {
        return token.getGroups().contains(OPERATOR);
    }

    /** The verification level behind the user; absent means {@link Verification#NONE}. */
    public Verification verification() {
        Object claim = token.getClaim("kyc");
        if (claim instanceof JsonString json) {
            return Verification.fromClaim(json.getString());
        }
        return Verification.fromClaim(claim == null ? null : claim.toString());
    }
}
