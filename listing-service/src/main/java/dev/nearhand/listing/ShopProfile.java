package dev.nearhand.listing;

import java.util.List;

/** What a user says about their shop: everything but its identity and history. */
public record ShopProfile(
        String displayName,
        String bio,
        List<String> languages,
        GeoPoint location,
        double serviceRadiusKm) {}
