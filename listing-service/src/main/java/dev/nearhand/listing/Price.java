package dev.nearhand.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A fixed asking price; absent (null) when the listing is negotiable. Amounts are written with
 * their currency's minor digits ({@code 450} TWD is {@code 450.00}); extra digits are kept so that
 * the rules can refuse them rather than silently round.
 */
@Embeddable
public record Price(
        @Column(name = "price_amount") BigDecimal amount,
        @Column(name = "price_currency") String currency) {

    public Price {
        if (amount != null && currency != null) {
            int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
            amount = amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale()));
        }
    }
}
