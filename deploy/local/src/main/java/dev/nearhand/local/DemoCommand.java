package dev.nearhand.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;

/**
 * {@code ./nearhand demo}: seeds a running stack with the demo city (Taipei) through the public
 * HTTP API only, as the demo users themselves (tokens signed with the stack's key). Deterministic
 * user ids and idempotency keys make a second run replay instead of duplicating anything.
 */
final class DemoCommand {

    static final String USAGE = "usage: ./nearhand demo [--shops N] [--buyers N] [--csv file]";

    /** What the user asked for. */
    record Options(int shops, int buyers, Path csv) {}

    private final StackLayout layout;
    private final PrintStream out;

    DemoCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        Options options = parse(args, layout.root());
        HttpClient http = DemoApi.newClient();
        DemoApi.requireRunning(http);
        DemoApi api = new DemoApi(http, signingKey());
        DemoProgress progress = new DemoProgress(out);
        DemoPlan plan = DemoPlan.fromCsv(options.csv(), options.shops(), options.buyers());
        progress.planned(plan);
        new DemoSeeding(api, progress).seed(plan);

        // 4. Matching and reputation learn all this from Kafka: wait until they show it.
        DemoPropagation propagation = new DemoPropagation(api);
        JsonNode guide = propagation.guidePrice();
        String someSeller = plan.shops().get(plan.trades().get(0).shop()).userId();
        JsonNode credit = propagation.credit(someSeller);
        progress.done(guide, someSeller, credit);
        return 0;
    }

    static Options parse(List<String> args, Path root) {
        int shops = 200;
        int buyers = 60;
        Path csv = root.resolve("data/airbnb/taipei.csv");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size()) {
                throw CliException.usage("unknown option or missing value: " + arg + "\n" + USAGE);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--shops" -> shops = number(arg, value, 1, 1000);
                case "--buyers" -> buyers = number(arg, value, 1, 1000);
                case "--csv" -> csv = Path.of(value);
                default -> throw CliException.usage("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (!Files.isRegularFile(csv)) {
            throw CliException.failure("no such file: " + csv);
        }
        return new Options(shops, buyers, csv);
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw CliException.usage(
                option + " must be a number from " + min + " to " + max + "\n" + USAGE);
    }

    private PrivateKey signingKey() throws IOException {
        LocalKeys keys = new LocalKeys(layout.keysDir());
        if (!keys.exist()) {
            throw CliException.failure(
                    "no signing key in "
                            + layout.display(layout.keysDir())
                            + "; ./nearhand up first");
        }
        return keys.privateKey();
    }
}
