package dev.nearhand.listing;

/** What a listing offers: a skill, knowledge, someone's time, or an idle thing. */
public enum ListingKind {
    SERVICE,
    KNOWLEDGE,
    TIME,
    ITEM
}
