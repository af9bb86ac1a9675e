package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchHttp.expect;
import static dev.nearhand.journey.bench.BenchHttp.id;

import dev.nearhand.local.EmbeddedStack;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's only way into the stack: the marketplace's public HTTP API, as its users. */
final class BenchApi {

    static final String LISTING = "listing-service";
    static final String MATCHING = "matching-service";
    static final String ESCROW = "escrow-service";
    static final String REPUTATION = "reputation-service";
    static final List<String> SERVICES = List.of(LISTING, MATCHING, ESCROW, REPUTATION);
    static final String TOP_UP = "100000.00";
    private static final String PRICE = "10.00";
    private static final Pattern FEE =
            Pattern.compile(
                    "\"fee\"\\s*:\\s*(?:\\{[^}]*?\"amount\"\\s*:\\s*)?\"?([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern TRADES = Pattern.compile("\"completedTrades\"\\s*:\\s*(\\d+)");

    private final EmbeddedStack stack;
    private final BenchHttp http = new BenchHttp();

    BenchApi(EmbeddedStack stack) {
        this.stack = stack;
    }

    /** A buyer and a seller with one listing; the fees of the pair's releases, as answered. */
    static final class Pair {
        final BenchUser buyer;
        final BenchUser seller;
        final String listing;
        final ConcurrentLinkedQueue<BigDecimal> fees = new ConcurrentLinkedQueue<>();

        Pair(BenchUser buyer, BenchUser seller, String listing) {
            this.buyer = buyer;
            this.seller = seller;
            this.listing = listing;
        }
    }

    BenchUser user(String role, String kyc) {
        return new BenchUser(stack, role, kyc);
    }

    BenchHttp http() {
        return http;
    }

    String url(String service) {
        return stack.url(service);
    }

    void openShop(BenchUser seller, double lat, double lon) throws Exception {
        expect(
                http.put(
                        stack.url(LISTING) + "/api/shops/me",
                        seller,
                        String.format(
                                Locale.ROOT,
                                "{\"displayName\":\"Shop %s\",\"bio\":\"Benchmark shop\","
                                        + "\"languages\":[\"en\"],\"location\":{\"lat\":%f,\"lon\":%f},"
                                        + "\"serviceRadiusKm\":5}",
                                seller.id,
                                lat,
                                lon)),
                201);
    }

    String publish(BenchUser seller, String title, String category) throws Exception {
        HttpResponse<String> r =
                http.post(
                        stack.url(LISTING) + "/api/listings",
                        seller,
                        "{\"kind\":\"SERVICE\",\"title\":\""
                                + title
                                + "\",\"description\":\"Offered by "
                                + seller.id
                                + "\",\"category\":\""
                                + category
                                + "\",\"tags\":[\"bench\"],\"price\":{\"amount\":\""
                                + PRICE
                                + "\",\"currency\":\"CNY\",\"unit\":\"HOUR\"}}");
        expect(r, 201);
        return id(r.body());
    }

    /** A seller with a shop and one hourly listing, and an ID-verified buyer with a top-up. */
    Pair pair(int i, String tag) throws Exception {
        BenchUser seller = user(tag + "-seller-" + i, "phone");
        BenchUser buyer = user(tag + "-buyer-" + i, "id");
        openShop(
                seller,
                50 + ThreadLocalRandom.current().nextDouble(),
                8 + ThreadLocalRandom.current().nextDouble());
        String listing = publish(seller, "Tutoring bench " + i, "tutoring");
        expect(
                http.post(
                        stack.url(ESCROW) + "/api/wallets/me/top-ups",
                        buyer,
                        "{\"amount\":\"" + TOP_UP + "\",\"currency\":\"CNY\"}"),
                201);
        return new Pair(buyer, seller, listing);
    }

    /** Opens an escrow for one hour; retries while escrow-service does not know the listing yet. */
    String openEscrow(Pair pair, Duration within) throws Exception {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> r =
                    http.post(
                            stack.url(ESCROW) + "/api/escrows",
                            pair.buyer,
                            key,
                            "{\"listingId\":\"" + pair.listing + "\",\"quantity\":1}");
            if (r.statusCode() == 201) {
                return id(r.body());
            }
            if (r.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException("open: " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(250);
        }
    }

    /** A move of an escrow ({@code confirm}, {@code accept}, ...) without a body. */
    HttpResponse<String> move(BenchUser user, String escrow, String action) throws Exception {
        return http.post(
                stack.url(ESCROW) + "/api/escrows/" + escrow + "/" + action,
                user,
                UUID.randomUUID().toString(),
                null);
    }

    /** The user's available and held CNY, from their wallet. */
    @SuppressWarnings("unchecked")
    BigDecimal[] balance(BenchUser user) throws Exception {
        HttpResponse<String> r = http.get(stack.url(ESCROW) + "/api/wallets/me", user);
        expect(r, 200);
        List<Map<String, Object>> balances = JsonPath.from(r.body()).getList("balances");
        for (Map<String, Object> b : balances) {
            if ("CNY".equals(b.get("currency"))) {
                return new BigDecimal[] {
                    new BigDecimal(String.valueOf(b.get("available"))),
                    new BigDecimal(String.valueOf(b.get("held")))
                };
            }
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    /** The seller's completed trades as reputation-service counts them now. */
    int completedTrades(BenchUser seller) throws Exception {
        Matcher m =
                TRADES.matcher(
                        http.get(stack.url(REPUTATION) + "/api/credit/" + seller.id, null).body());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The fee of a release, as its answer states it. */
    static BigDecimal fee(String body) {
        Matcher m = FEE.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no fee in " + body);
        }
        return new BigDecimal(m.group(1));
    }
}
