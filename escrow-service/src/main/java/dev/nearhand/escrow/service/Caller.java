package dev.nearhand.escrow.service;

import dev.nearhand.platform.security.CurrentUser;
import dev.nearhand.platform.security.Verification;

/** Who is acting, as the verified token says. */
public record Caller(String id, Verification verification, boolean operator) {

    public static Caller of(CurrentUser user) {
        return new Caller(user.id(), user.verification(), user.isOperator());
    }
}
