package dev.nearhand.platform.security;

import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a token must say, beyond a valid signature, issuer, audience and expiry, before anyone acts
 * on it: a subject that can be stored as a user id, and the {@code user} group (API.md: "groups
 * holds user"). Why here: a signed {@code sub} with a NUL or of 5,000 characters used to pass, and
 * failed deep in a transaction as a 500 (PostgreSQL stores no NUL; matching keeps ids in 255
 * characters). Refused while the token is read, it is refused like any other bad token: a 401 where
 * a user is needed, an anonymous caller on a public read.
 */
final class UsableTokens {

    /** The longest user id every service can store. */
    static final int MAX_USER_ID_LENGTH = 255;

    private UsableTokens() {}

    static void require(JsonWebToken token) throws ParseException {
        String subject = token.getSubject();
        if (subject == null
                || subject.isBlank()
                || subject.length() > MAX_USER_ID_LENGTH
                || subject.chars().anyMatch(Character::isISOControl)) {
            throw new ParseException(
                    "sub must be a user id of 1 to "
                            + MAX_USER_ID_LENGTH
                            + " characters without control characters");
        }
        if (!token.getGroups().contains(CurrentUser.USER)) {
            throw new ParseException("groups must hold " + CurrentUser.USER);
        }
    }
}
