package dev.nearhand.contracts;

/** An amount as a decimal string (never a binary float) with its ISO 4217 currency. */
public record Money(String amount, String currency) {}
