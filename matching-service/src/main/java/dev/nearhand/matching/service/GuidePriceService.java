package dev.nearhand.matching.service;

import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.repository.PriceSampleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Guide prices: reads comparable samples from the database and hands them to the estimator. */
@ApplicationScoped
public class GuidePriceService {

    private final PriceSampleRepository samples;
    private final MatchingConfig.GuidePrice config;
    private final GuidePriceEstimator estimator;
    private final Clock clock;

    GuidePriceService(PriceSampleRepository samples, MatchingConfig config, Clock clock) {
        this.samples = samples;
        this.config = config.guidePrice();
        this.clock = clock;
        GuidePriceEstimator.Params d = GuidePriceEstimator.DEFAULTS;
        this.estimator =
                new GuidePriceEstimator(
                        new GuidePriceEstimator.Params(
                                this.config.minSamples(),
                                this.config.radiiKm(),
                                this.config.halfLife().toSeconds() / 86_400d,
                                this.config.askingWeight(),
                                d.bandwidthNeighbours(),
                                d.minBandwidthKm(),
                                d.madK(),
                                d.textBoost(),
                                d.bedroomsPenalty(),
                                d.guestsPenalty(),
                                d.unstatedBedroomsPenalty(),
                                d.unstatedGuestsPenalty(),
                                d.bandInflation()));
    }

    @Transactional
    public GuidePrice guide(String category, String unit, double lat, double lon, String q) {
        double maxRadius =
                config.radiiKm().stream().mapToDouble(Double::doubleValue).max().orElse(50);
        List<PriceSampleRepository.Row> rows =
                samples.nearest(category, unit, lat, lon, maxRadius, config.maxSamples());
        // Never mix currencies: the one most samples around here use, trades first on a tie.
        Optional<String> currency =
                rows.stream()
                        .collect(
                                Collectors.groupingBy(
                                        PriceSampleRepository.Row::currency, Collectors.counting()))
                        .entrySet()
                        .stream()
                        .max(
                                Map.Entry.<String, Long>comparingByValue()
                                        .thenComparing(
                                                Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey);
        if (currency.isEmpty()) {
            return new GuidePrice(null, null, null, null, 0, maxRadius, null, true);
        }
        Instant now = clock.instant();
        List<GuidePriceEstimator.Sample> comparable =
                rows.stream()
                        .filter(r -> r.currency().equals(currency.get()))
                        .map(sample(now))
                        .toList();
        Optional<GuidePriceEstimator.Estimate> estimate =
                estimator.estimate(comparable, TitleFeatures.ofText(q));
        if (estimate.isEmpty()) {
            return new GuidePrice(
                    null, null, null, currency.get(), comparable.size(), maxRadius, null, true);
        }
        GuidePriceEstimator.Estimate e = estimate.get();
        return new GuidePrice(
                MinorUnits.rounded(e.low(), currency.get()),
                MinorUnits.rounded(e.median(), currency.get()),
                MinorUnits.rounded(e.high(), currency.get()),
                currency.get(),
                e.sampleSize(),
                e.radiusKm(),
                e.basis(),
                false);
    }

    private static Function<PriceSampleRepository.Row, GuidePriceEstimator.Sample> sample(
            Instant now) {
        return r ->
                new GuidePriceEstimator.Sample(
                        r.price(),
                        r.distanceKm(),
                        Duration.between(r.at(), now).toSeconds() / 86_400d,
                        r.trade(),
                        TitleFeatures.of(r.searchText(), r.cjkGrams()));
    }
}
