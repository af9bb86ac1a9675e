package dev.nearhand.reputation;

import java.math.BigDecimal;

/** An amount in its currency; reputation never converts between currencies. */
public record Money(BigDecimal amount, String currency) {

    public static Money of(dev.nearhand.contracts.Money wire) {
        return wire == null ? null : new Money(new BigDecimal(wire.amount()), wire.currency());
    }
}
