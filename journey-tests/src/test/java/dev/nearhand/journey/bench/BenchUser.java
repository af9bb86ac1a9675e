package dev.nearhand.journey.bench;

import dev.nearhand.local.EmbeddedStack;
import java.util.UUID;

/** A user of a role (their id's prefix) and a KYC level; the token is signed on first use. */
final class BenchUser {

    final String id;
    private final String kyc;
    private final EmbeddedStack stack;
    private String token;

    BenchUser(EmbeddedStack stack, String role, String kyc) {
        this.id = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.kyc = kyc;
        this.stack = stack;
    }

    synchronized String token() {
        if (token == null) {
            token = stack.token(id, kyc, false);
        }
        return token;
    }
}
