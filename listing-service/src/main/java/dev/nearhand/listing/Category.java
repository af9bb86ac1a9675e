package dev.nearhand.listing;

/**
 * A node of the category tree. Ids are stable and dotted: {@code repair.bike} sits under {@code
 * repair}. {@code unit} is the usual price unit, also used for negotiable listings.
 */
public record Category(String id, String parent, String en, String zh, String de, PriceUnit unit) {}
