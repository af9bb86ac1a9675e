package dev.nearhand.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The fee rule of the aggregate's amounts, without the application around it. */
class EscrowAmountsTest {

    @Test
    void shouldChargeTheSellerShareAtTheRateTheEscrowWasOpenedWith() {
        EscrowAmounts opened = EscrowAmounts.forPurchase(amount("100.00"), 2, new BigDecimal("8"));

        EscrowAmounts resolved = opened.splitAt(amount("50.00"));

        assertThat(opened.fee()).isEqualTo(amount("16.00"));
        assertThat(resolved.fee()).isEqualTo(amount("4.00"));
        assertThat(resolved.refund()).isEqualTo(amount("150.00"));
    }

    private static Amount amount(String value) {
        return new Amount(new BigDecimal(value), "CNY");
    }
}
