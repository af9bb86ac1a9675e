package dev.nearhand.platform.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The acting user, taken only from the verified token: never from a request body or path. */
@RequestScoped
public class CurrentUser {

    public static final String OPERATOR = "operator";
    public static final String USER = "user";

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new UnauthorizedException();
        }
        return subject;
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
