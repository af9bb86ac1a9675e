package dev.nearhand.journey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as the API writes them: decimal strings in CNY, two minor digits. */
final class Money {

    static final String CURRENCY = "CNY";

    private Money() {}

    /** Fails on more than two decimals: a balance or fee must never carry a fraction of a fen. */
    static BigDecimal of(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
