package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One journey's money: everything paid in must be in the parties' wallets (available or held) or in
 * the platform's fees, read through the public API (escrows show the fee they charged).
 */
final class Books {

    private static final Set<String> FEE_CHARGED = Set.of("RELEASED", "RESOLVED");
    private static final Set<String> MONEY_HELD =
            Set.of("HELD", "ACCEPTED", "DELIVERED", "DISPUTED");

    private final List<Actor> parties = new ArrayList<>();
    private final Map<String, Actor> escrows = new LinkedHashMap<>();
    private BigDecimal paidIn = Money.of("0");

    Books(Actor... parties) {
        this.parties.addAll(List.of(parties));
    }

    void topUp(Actor user, String amount) {
        Wallets.topUp(user, amount);
        paidIn = paidIn.add(Money.of(amount));
    }

    /** An escrow of this journey, and a party allowed to read it. */
    String track(String escrowId, Actor party) {
        escrows.put(escrowId, party);
        return escrowId;
    }

    /** Fees the platform kept: 5 % of released totals and of resolved sellers' shares. */
    BigDecimal fees() {
        return escrows.entrySet().stream()
                .map(escrow -> Escrows.get(escrow.getValue(), escrow.getKey()))
                .filter(view -> FEE_CHARGED.contains(view.getString("status")))
                .map(view -> Money.of(view.getString("fee.amount")))
                .reduce(Money.of("0"), BigDecimal::add);
    }

    /** Sum over all parties' wallets plus fees equals the top-ups; held equals open escrows. */
    void assertConserved() {
        BigDecimal available =
                parties.stream().map(Wallets::available).reduce(Money.of("0"), BigDecimal::add);
        BigDecimal held =
                parties.stream().map(Wallets::held).reduce(Money.of("0"), BigDecimal::add);
        BigDecimal open =
                escrows.entrySet().stream()
                        .map(escrow -> Escrows.get(escrow.getValue(), escrow.getKey()))
                        .filter(view -> MONEY_HELD.contains(view.getString("status")))
                        .map(Books::total)
                        .reduce(Money.of("0"), BigDecimal::add);

        assertThat(available.add(held).add(fees()))
                .as("wallets + fees against top-ups %s", paidIn)
                .isEqualByComparingTo(paidIn);
        assertThat(held).as("held against open escrows").isEqualByComparingTo(open);
    }

    static BigDecimal total(JsonPath escrow) {
        return Money.of(escrow.getString("total.amount"));
    }
}
