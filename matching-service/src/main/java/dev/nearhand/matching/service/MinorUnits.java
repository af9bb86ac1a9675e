package dev.nearhand.matching.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * Amounts in their currency's own minor digits (JPY 0, TWD 2, KWD 3), the digits listing-service
 * accepts a price in: a guide price in more digits could not be used as a price there, and a need's
 * budget is taken in the same digits.
 */
public final class MinorUnits {

    /** For a code {@link Currency} does not know: the most common number of minor digits. */
    private static final int FALLBACK_DIGITS = 2;

    private MinorUnits() {}

    /** The currency's minor digits; 0 for one without minor units (XAU), as listing-service. */
    public static int digits(String currency) {
        if (currency == null) {
            return FALLBACK_DIGITS;
        }
        try {
            return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            return FALLBACK_DIGITS;
        }
    }

    /**
     * An amount a client gave, at its currency's digits ({@code 12.3450} KWD is {@code 12.345},
     * {@code 1000} JPY stays {@code 1000}); empty when it has more digits than the currency (1000.5
     * JPY, 10.123 EUR): such an amount is refused, never rounded.
     */
    public static Optional<BigDecimal> exact(BigDecimal amount, String currency) {
        int digits = digits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            return Optional.empty();
        }
        return Optional.of(amount.setScale(digits));
    }

    /** What {@link #exact} takes, as a client is told: "KWD amounts have at most 3 decimals". */
    public static String allowed(String currency) {
        int digits = digits(currency);
        return digits == 0
                ? currency + " amounts are whole numbers, without decimals"
                : currency + " amounts have at most " + digits + " decimals";
    }

    /**
     * A stored amount as shown: with the currency's digits ({@code 450.0000} TWD is {@code
     * 450.00}), never rounded, so that an amount with more digits keeps them.
     */
    public static BigDecimal shown(BigDecimal amount, String currency) {
        return amount.setScale(Math.max(digits(currency), amount.stripTrailingZeros().scale()));
    }

    /** A computed amount rounded to what a price in the currency can be. */
    public static BigDecimal rounded(double amount, String currency) {
        return BigDecimal.valueOf(amount).setScale(digits(currency), RoundingMode.HALF_EVEN);
    }
}
