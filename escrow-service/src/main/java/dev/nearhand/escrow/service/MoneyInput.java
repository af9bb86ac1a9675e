package dev.nearhand.escrow.service;

import dev.nearhand.escrow.Amount;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.platform.problem.InvalidFieldException;
import java.math.BigDecimal;

/** Reads a client's decimal-string amount strictly: a bad amount is a 400 naming the field. */
public final class MoneyInput {

    /** The ledger's money columns are NUMERIC(19, 4): 15 digits before the decimal point. */
    static final int MAX_INTEGER_DIGITS = 15;

    private MoneyInput() {}

    /**
     * @param expectedCurrency the only acceptable currency, or null for any ISO 4217 currency
     *     people pay with
     */
    public static Amount parse(
            String field, String amount, String currency, String expectedCurrency) {
        String code = currency == null ? expectedCurrency : currency;
        if (code == null) {
            throw new InvalidFieldException(name(field, "currency"), "is required");
        }
        if (expectedCurrency != null && !expectedCurrency.equals(code)) {
            throw new InvalidFieldException(
                    name(field, "currency"),
                    "must be " + expectedCurrency + ": there is no conversion");
        }
        // Currency also knows XXX, XTS, gold and funds codes: a balance in one could never be paid
        // out, so they are refused like any unknown code.
        if (!Currencies.isMoney(code)) {
            throw new InvalidFieldException(name(field, "currency"), Currencies.NOT_MONEY);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidFieldException(name(field, "amount"), "must be a decimal string");
        }
        // Checked before any arithmetic: "1E+2147483647" parses, but scaling it to minor units
        // overflows, and "1E+100000000" would be expanded to a hundred million digits.
        if (value.scale() < 0) {
            throw new InvalidFieldException(
                    name(field, "amount"), "must be a plain decimal string, without an exponent");
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidFieldException(
                    name(field, "amount"),
                    "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (value.signum() < 0 || value.scale() > Amount.minorDigits(code)) {
            throw new InvalidFieldException(
                    name(field, "amount"),
                    "must be non-negative with at most " + Amount.minorDigits(code) + " decimals");
        }
        return new Amount(value, code);
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }
}
