package dev.nearhand.matching.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amounts in their currency's own minor digits (JPY 0, TWD 2, KWD 3), the digits listing-service
 * accepts a price in: a guide price in more digits could not be used as a price there.
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
