package dev.nearhand.platform.money;

import java.util.Currency;
import java.util.Set;

/**
 * The ISO 4217 codes that are money a person can pay with. {@link Currency} also knows codes that
 * are not: precious metals, testing and "no currency" codes (XAU, XTS, XXX, which have no minor
 * units), funds codes (BOV, CLF, USN, ...) that exist only for accounting, and currencies withdrawn
 * from circulation (DEM, FRF, VEF, ...). A price, a top-up or a budget in one of those would move
 * "money" no one can pay out.
 */
public final class Currencies {

    private static final Set<String> FUNDS =
            Set.of(
                    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "XSU",
                    "XUA");

    /**
     * Codes the JDK still knows that ISO 4217 lists only as historic: replaced by the euro or by a
     * redenominated currency.
     */
    private static final Set<String> WITHDRAWN =
            Set.of(
                    "ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB", "BYR", "CSD", "CYP",
                    "DEM", "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL",
                    "LTL", "LUF", "LVL", "MGF", "MRO", "MTL", "MZM", "NLG", "PTE", "ROL", "RUR",
                    "SDD", "SIT", "SKK", "SLL", "SRG", "STD", "TMM", "TPE", "TRL", "VEB", "VEF",
                    "YUM", "ZMK", "ZWD", "ZWL", "ZWN", "ZWR");

    private Currencies() {}

    /** Whether {@code code} is an ISO 4217 currency people pay with. */
    public static boolean isMoney(String code) {
        if (code == null || FUNDS.contains(code) || WITHDRAWN.contains(code)) {
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
