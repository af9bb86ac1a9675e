package dev.nearhand.matching.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nearhand.matching.service.GuidePrice;

/** A guide price on the wire: amounts as decimal strings; no numbers at all when data is short. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidePriceView(
        String low,
        String median,
        String high,
        String currency,
        int sampleSize,
        double radiusKm,
        String basis,
        boolean insufficientData) {

    public static GuidePriceView from(GuidePrice g) {
        return new GuidePriceView(
                g.low() == null ? null : g.low().toPlainString(),
                g.median() == null ? null : g.median().toPlainString(),
                g.high() == null ? null : g.high().toPlainString(),
                g.currency(),
                g.sampleSize(),
                g.radiusKm(),
                g.basis() == null ? null : g.basis().name(),
                g.insufficientData());
    }
}
