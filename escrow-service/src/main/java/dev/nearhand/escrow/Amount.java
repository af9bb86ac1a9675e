package dev.nearhand.escrow;

import dev.nearhand.contracts.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money inside escrow-service: a {@link BigDecimal} at its currency's minor digits, never a double.
 * There is no conversion between currencies: mixing two is a programming error.
 */
public record Amount(BigDecimal value, String currency) {

    public Amount {
        value = value.setScale(minorDigits(currency), RoundingMode.UNNECESSARY);
    }

    public static Amount zero(String currency) {
        return new Amount(BigDecimal.ZERO, currency);
    }

    /** The number of minor digits of an ISO 4217 currency, e.g. 2 for CNY, 0 for JPY. */
    public static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** An amount read from storage, where it has more decimal places than the currency. */
    public static Amount stored(BigDecimal value, String currency) {
        return new Amount(
                value.setScale(minorDigits(currency), RoundingMode.UNNECESSARY), currency);
    }

    public Amount plus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.add(other.value), currency);
    }

    public Amount minus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.subtract(other.value), currency);
    }

    public Amount times(int quantity) {
        return new Amount(value.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** A percentage of this amount, rounded half-even to the currency's minor units. */
    public Amount percent(BigDecimal percent) {
        BigDecimal raw = value.multiply(percent).divide(BigDecimal.valueOf(100));
        return new Amount(raw.setScale(minorDigits(currency), RoundingMode.HALF_EVEN), currency);
    }

    public Amount negate() {
        return new Amount(value.negate(), currency);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean exceeds(Amount other) {
        requireSameCurrency(other);
        return value.compareTo(other.value) > 0;
    }

    public Money toMoney() {
        return new Money(value.toPlainString(), currency);
    }

    private void requireSameCurrency(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "no implicit conversion between " + currency + " and " + other.currency);
        }
    }
}
