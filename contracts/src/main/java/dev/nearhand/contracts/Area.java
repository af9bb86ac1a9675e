package dev.nearhand.contracts;

/**
 * A coarse position: an H3 cell of resolution 9 (about 350 m across) and its centre. It is all that
 * ever leaves listing-service about where someone is; exact coordinates never do.
 */
public record Area(String cell, double lat, double lon) {}
