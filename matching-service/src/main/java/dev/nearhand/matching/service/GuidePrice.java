package dev.nearhand.matching.service;

import java.math.BigDecimal;

/** A guide-price answer: a band with its evidence, or {@code insufficientData} and no numbers. */
public record GuidePrice(
        BigDecimal low,
        BigDecimal median,
        BigDecimal high,
        String currency,
        int sampleSize,
        double radiusKm,
        GuidePriceEstimator.Basis basis,
        boolean insufficientData) {}
