package dev.nearhand.platform.money;

import java.util.Currency;
import java.util.Set;

/**
 * The ISO 4217 codes that are money a person can pay with. {@link Currency} also knows codes that
 * are not: precious metals, testing and "no currency" codes (XAU, XTS, XXX, which have no minor
 * units) and funds codes (BOV, CLF, USN, ...) that exist only for accounting. A price, a top-up or
 * a budget in one of those would move "money" no one can pay out.
 */
public final class Currencies {

    private static final Set<String> FUNDS =
            Set.of(
                    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "XSU",
                    "XUA");

    private Currencies() {}

    /** Whether {@code code} is an ISO 4217 currency people pay with. */
    public static boolean isMoney(String code) {
        if (code == null || FUNDS.contains(code)) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What a client is told when {@link #isMoney} is false. */
    public static final String NOT_MONEY = "is not an ISO 4217 currency people pay with";
}
