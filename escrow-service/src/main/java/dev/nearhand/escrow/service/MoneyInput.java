package dev.nearhand.escrow.service;

import dev.nearhand.escrow.Amount;
import dev.nearhand.platform.money.Currencies;
import dev.nearhand.platform.problem.InvalidFieldException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads a client's decimal-string amount strictly: a bad amount is a 400 naming the field. */
public final class MoneyInput {

    /** The ledger's money columns are NUMERIC(19, 4): 15 digits before the decimal point. */
    static final int MAX_INTEGER_DIGITS = 15;

    /** ASCII digits, a point and more digits; a minus only so that it is refused by name below. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

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
        // BigDecimal also reads "+39e-3", Arabic-Indic digits ("٠.٠٣٩") and exponents whose
        // scaling overflows ("1E+2147483647") or expands to a hundred million digits
        // ("1E+100000000"): money is written one way only, in ASCII digits.
        if (amount == null || !PLAIN_DECIMAL.matcher(amount).matches()) {
            throw new InvalidFieldException(
                    name(field, "amount"),
                    "must be a plain decimal string such as 12.50, without sign or exponent");
        }
        BigDecimal value = new BigDecimal(amount);
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
