package dev.nearhand.matching.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The guide-price method, as pure Java so that the service (fed from SQL) and the Inside Airbnb
 * benchmark (fed from CSV) run the very same code.
 *
 * <p>Widen the radius step by step until enough comparable completed trades lie within it; failing
 * that, widen again counting asking prices too. Inside the chosen radius, weight each sample by a
 * Gaussian kernel on distance (bandwidth: the distance of the k-th nearest sample, so dense areas
 * stay local), by recency (half-life) and, when a text was given, by how many of its terms the
 * sample's text shares; drop outliers beyond {@code madK} scaled MADs of the log price; the band is
 * the weighted 25th, 50th and 75th percentile.
 */
public final class GuidePriceEstimator {

    /** Where the numbers come from. */
    public enum Basis {
        COMPLETED_TRADES,
        ASKING_PRICES,
        MIXED
    }

    /** The tunable constants; {@link #DEFAULTS} are the ones tuned on the calibration cities. */
    public record Params(
            int minSamples,
            List<Double> radiiKm,
            double halfLifeDays,
            double askingWeight,
            int bandwidthNeighbours,
            double minBandwidthKm,
            double madK,
            double textFloor) {}

    public static final Params DEFAULTS =
            new Params(5, List.of(2d, 5d, 10d, 25d, 50d), 180, 0.5, 10, 0.3, 2.5, 0.25);

    /**
     * One comparable price.
     *
     * @param textShare share of the query's terms found in the sample's text (0 without a query)
     */
    public record Sample(
            double price, double distanceKm, double ageDays, boolean trade, double textShare) {}

    /** A band; {@code sampleSize} counts the samples left after outliers were dropped. */
    public record Estimate(
            double low, double median, double high, int sampleSize, double radiusKm, Basis basis) {}

    private final Params params;

    public GuidePriceEstimator(Params params) {
        this.params = params;
    }

    /** The band, or empty when even asking prices within the widest radius are too few. */
    public Optional<Estimate> estimate(List<Sample> samples, boolean withText) {
        List<Sample> trades = samples.stream().filter(Sample::trade).toList();
        for (double radius : params.radiiKm()) {
            List<Sample> within = narrow(within(trades, radius), withText);
            if (within.size() >= params.minSamples()) {
                return Optional.of(compute(within, radius, withText));
            }
        }
        for (double radius : params.radiiKm()) {
            List<Sample> within = narrow(within(samples, radius), withText);
            if (within.size() >= params.minSamples()) {
                return Optional.of(compute(within, radius, withText));
            }
        }
        return Optional.empty();
    }

    private static List<Sample> within(List<Sample> samples, double radiusKm) {
        return samples.stream().filter(s -> s.distanceKm() <= radiusKm).toList();
    }

    /** With a text, keep only samples sharing a term, if enough of them remain. */
    private List<Sample> narrow(List<Sample> samples, boolean withText) {
        if (!withText) {
            return samples;
        }
        List<Sample> similar = samples.stream().filter(s -> s.textShare() > 0).toList();
        return similar.size() >= params.minSamples() ? similar : samples;
    }

    private Estimate compute(List<Sample> samples, double radius, boolean withText) {
        double[] distances = samples.stream().mapToDouble(Sample::distanceKm).sorted().toArray();
        int k = Math.min(params.bandwidthNeighbours(), distances.length) - 1;
        double bandwidth = Math.max(params.minBandwidthKm(), distances[k]);
        List<double[]> points = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            double z = s.distanceKm() / bandwidth;
            double weight =
                    Math.exp(-0.5 * z * z)
                            * Math.pow(0.5, Math.max(0, s.ageDays()) / params.halfLifeDays())
                            * (s.trade() ? 1 : params.askingWeight())
                            * (withText ? params.textFloor() + s.textShare() : 1);
            points.add(
                    new double[] {Math.log(s.price()), Math.max(weight, 1e-12), s.trade() ? 1 : 0});
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        double centre = quantile(points, 0.5);
        List<double[]> deviations =
                points.stream()
                        .map(p -> new double[] {Math.abs(p[0] - centre), p[1]})
                        .sorted(Comparator.comparingDouble(p -> p[0]))
                        .toList();
        // A floor on the spread: prices within about 25% of the centre are never outliers.
        double spread = Math.max(1.4826 * quantile(deviations, 0.5), 0.1);
        List<double[]> kept =
                points.stream()
                        .filter(p -> Math.abs(p[0] - centre) <= params.madK() * spread)
                        .toList();
        long tradeCount = kept.stream().filter(p -> p[2] == 1).count();
        Basis basis =
                tradeCount == kept.size()
                        ? Basis.COMPLETED_TRADES
                        : tradeCount == 0 ? Basis.ASKING_PRICES : Basis.MIXED;
        return new Estimate(
                Math.exp(quantile(kept, 0.25)),
                Math.exp(quantile(kept, 0.5)),
                Math.exp(quantile(kept, 0.75)),
                kept.size(),
                radius,
                basis);
    }

    /**
     * Weighted quantile of values sorted ascending: each value sits at the middle of its weight.
     */
    static double quantile(List<double[]> sorted, double q) {
        double total = sorted.stream().mapToDouble(p -> p[1]).sum();
        double target = q * total;
        double cumulative = 0;
        double previousMid = Double.NaN;
        double previousValue = Double.NaN;
        for (double[] p : sorted) {
            double mid = cumulative + p[1] / 2;
            if (mid >= target) {
                if (Double.isNaN(previousMid)) {
                    return p[0];
                }
                double t = (target - previousMid) / (mid - previousMid);
                return previousValue + t * (p[0] - previousValue);
            }
            cumulative += p[1];
            previousMid = mid;
            previousValue = p[0];
        }
        return sorted.get(sorted.size() - 1)[0];
    }
}
