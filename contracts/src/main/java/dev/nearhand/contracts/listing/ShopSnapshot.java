package dev.nearhand.contracts.listing;

import dev.nearhand.contracts.Area;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The whole public state of a shop; {@code revision} grows with every change. */
public record ShopSnapshot(
        UUID shopId,
        String ownerId,
        long revision,
        String displayName,
        String bio,
        List<String> languages,
        Area area,
        double serviceRadiusKm,
        Instant openedAt,
        Instant updatedAt) {}
