package dev.nearhand.journey;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Wallets in escrow-service: top-ups and the two balances per currency. */
final class Wallets {

    private Wallets() {}

    static void topUp(Actor user, String amount) {
        user.at(Escrows.SERVICE)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amount", amount, "currency", Money.CURRENCY))
                .post("/api/wallets/me/top-ups")
                .then()
                .statusCode(201);
    }

    static BigDecimal available(Actor user) {
        return balance(user, "available");
    }

    static BigDecimal held(Actor user) {
        return balance(user, "held");
    }

    /** Zero for a wallet that never saw the currency. */
    private static BigDecimal balance(Actor user, String which) {
        JsonPath wallet =
                user.at(Escrows.SERVICE)
                        .get("/api/wallets/me")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<Map<String, String>> balances = wallet.getList("balances");
        return balances.stream()
                .filter(balance -> Money.CURRENCY.equals(balance.get("currency")))
                .map(balance -> Money.of(balance.get(which)))
                .findFirst()
                .orElse(Money.of("0"));
    }
}
