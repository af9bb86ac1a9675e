package dev.nearhand.escrow;

/** Something the buyer should know before confirming: a code for apps and a sentence for people. */
public record Warning(String code, String message) {}
