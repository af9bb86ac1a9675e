package dev.nearhand.platform.security;

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

    /** The caller's id on endpoints anyone may call; empty for anonymous callers. */
    public Optional<String> idIfKnown() {
        if (identity.isAnonymous()) {
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
