package dev.nearhand.matching.bench;

import dev.nearhand.matching.AirbnbCsv;
import dev.nearhand.matching.service.GuidePriceEstimator;
import dev.nearhand.matching.service.TitleFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Leave-one-out accuracy of the guide price on the Inside Airbnb calibration cities (data (c)
 * Inside Airbnb, CC BY 4.0): each priced listing's price is hidden and estimated from the other
 * listings of the same room type with the service's own {@link GuidePriceEstimator}; printed next
 * to the naive baseline of data/airbnb's README (median price of the 10 nearest listings of the
 * same room type, leave-one-out).
 */
public final class GuidePriceBenchmark {

    private static final int MAX_SAMPLES = 2000;

    private GuidePriceBenchmark() {}

    public static void main(String[] args) {
        GuidePriceEstimator.Params d = GuidePriceEstimator.DEFAULTS;
        // Overrides for tuning runs (calibration cities only); the defaults are what the service
        // uses.
        GuidePriceEstimator.Params params =
                new GuidePriceEstimator.Params(
                        d.minSamples(),
                        d.radiiKm(),
                        d.halfLifeDays(),
                        d.askingWeight(),
                        Integer.getInteger("bench.k", d.bandwidthNeighbours()),
                        d.minBandwidthKm(),
                        knob("bench.madK", d.madK()),
                        knob("bench.textBoost", d.textBoost()),
                        knob("bench.bedroomsPenalty", d.bedroomsPenalty()),
                        knob("bench.guestsPenalty", d.guestsPenalty()),
                        knob("bench.unstatedBedroomsPenalty", d.unstatedBedroomsPenalty()),
                        knob("bench.unstatedGuestsPenalty", d.unstatedGuestsPenalty()),
                        knob("bench.bandInflation", d.bandInflation()));
        GuidePriceEstimator estimator = new GuidePriceEstimator(params);
        System.out.println("constants: " + params);
        System.out.println();
        System.out.println(
                "Guide price, leave-one-out, Inside Airbnb calibration cities (data: Inside Airbnb, CC BY 4.0)");
        System.out.printf(
                Locale.ROOT,
                "%-10s %6s | %-24s | %-24s | %-24s | %s%n",
                "city",
                "n",
                "baseline MdAPE / ±25%",
                "guide MdAPE / ±25%",
                "guide+q MdAPE / ±25%",
                "band cover (no q / q)");
        for (String city : List.of("taipei", "austin", "melbourne")) {
            List<AirbnbCsv.Row> rows =
                    AirbnbCsv.read(city).stream().filter(r -> r.price() != null).toList();
            Result baseline = new Result();
            Result plain = new Result();
            Result text = new Result();
            // What the service reads from a listing's stored text, and from q.
            TitleFeatures[] titles =
                    rows.stream()
                            .map(r -> TitleFeatures.ofText(r.name()))
                            .toArray(TitleFeatures[]::new);
            long[] keys = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                AirbnbCsv.Row target = rows.get(i);
                int n = 0;
                for (int j = 0; j < rows.size(); j++) {
                    AirbnbCsv.Row other = rows.get(j);
                    if (j == i || !other.roomType().equals(target.roomType())) {
                        continue;
                    }
                    long metres =
                            Math.round(
                                    greatCircleKm(
                                                    target.lat(),
                                                    target.lon(),
                                                    other.lat(),
                                                    other.lon())
                                            * 1000);
                    keys[n++] = (metres << 20) | j;
                }
                Arrays.sort(keys, 0, n);
                int take = Math.min(n, MAX_SAMPLES);
                double[] nearest10 = new double[Math.min(10, n)];
                List<GuidePriceEstimator.Sample> samples = new ArrayList<>(take);
                for (int k = 0; k < take; k++) {
                    int j = (int) (keys[k] & 0xFFFFF);
                    double km = (keys[k] >>> 20) / 1000d;
                    double price = rows.get(j).price();
                    if (k < nearest10.length) {
                        nearest10[k] = price;
                    }
                    samples.add(new GuidePriceEstimator.Sample(price, km, 0, true, titles[j]));
                }
                double actual = target.price();
                if (nearest10.length > 0) {
                    Arrays.sort(nearest10);
                    baseline.add(actual, Optional.of(median(nearest10)), Optional.empty());
                }
                Optional<GuidePriceEstimator.Estimate> e =
                        estimator.estimate(samples, TitleFeatures.NONE);
                plain.add(actual, e.map(GuidePriceEstimator.Estimate::median), e);
                Optional<GuidePriceEstimator.Estimate> t = estimator.estimate(samples, titles[i]);
                text.add(actual, t.map(GuidePriceEstimator.Estimate::median), t);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %6d | %-24s | %-24s | %-24s | %5.1f%% / %5.1f%%%n",
                    city,
                    rows.size(),
                    baseline.summary(),
                    plain.summary(),
                    text.summary(),
                    plain.cover(),
                    text.cover());
        }
        System.out.println(
                "MdAPE: median absolute percentage error of the median; ±25%: share of estimates within 25% of the hidden price;");
        System.out.println(
                "band cover: share of hidden prices inside low..high; guide+q: the listing's title passed as q. No insufficientData in these cities unless counted in n.");
    }

    private static double knob(String property, double value) {
        return Double.parseDouble(System.getProperty(property, Double.toString(value)));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a =
                Math.pow(Math.sin(dLat / 2), 2)
                        + Math.cos(Math.toRadians(lat1))
                                * Math.cos(Math.toRadians(lat2))
                                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6378.168 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Errors and band hits of one estimator over one city. */
    private static final class Result {
        private final List<Double> errors = new ArrayList<>();
        private int within25;
        private int covered;
        private int missing;

        void add(
                double actual,
                Optional<Double> estimate,
                Optional<GuidePriceEstimator.Estimate> band) {
            if (estimate.isEmpty()) {
                missing++;
                return;
            }
            double error = Math.abs(estimate.get() - actual) / actual;
            errors.add(error);
            if (error <= 0.25) {
                within25++;
            }
            if (band.isPresent()
                    && actual >= band.get().low() - 0.005
                    && actual <= band.get().high() + 0.005) {
                covered++;
            }
        }

        String summary() {
            double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return String.format(
                    Locale.ROOT,
                    "%5.1f%% / %5.1f%%%s",
                    100 * median(sorted),
                    100.0 * within25 / errors.size(),
                    missing > 0 ? " (" + missing + " n/a)" : "");
        }

        double cover() {
            return 100.0 * covered / errors.size();
        }
    }
}
