package dev.nearhand.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./nearhand demo}: seeds a running stack with the demo city (Taipei) through the public
 * HTTP API only, as the demo users themselves (tokens signed with the stack's key). Deterministic
 * user ids and idempotency keys make a second run replay instead of duplicating anything.
 */
final class DemoCommand {

    static final String USAGE = "usage: ./nearhand demo [--shops N] [--buyers N] [--csv file]";
    static final double TAIPEI_101_LAT = 25.0339;
    static final double TAIPEI_101_LON = 121.5645;
    static final String TOP_UP = "100000";

    static final String TRY_THIS =
            """
            T=$(./nearhand token guest --kyc id); J='Content-Type: application/json'
            curl -s -w '\\n' 'http://127.0.0.1:8082/api/search?lat=25.0339&lon=121.5645&radiusKm=2&q=bike'    # near Taipei 101
            curl -s -w '\\n' 'http://127.0.0.1:8082/api/guide-price?category=space.room&unit=DAY&lat=25.0339&lon=121.5645'
            L=$(curl -s 'http://127.0.0.1:8082/api/search?lat=25.0339&lon=121.5645&q=queue' | grep -o '"listingId":"[^"]*' | head -1 | cut -d'"' -f4)
            curl -s -w '\\n' -H "Authorization: Bearer $T" -H "$J" -H 'Idempotency-Key: top-up-1' -d '{"amount":"5000","currency":"TWD"}' http://127.0.0.1:8083/api/wallets/me/top-ups
            E=$(curl -s -H "Authorization: Bearer $T" -H "$J" -H "Idempotency-Key: buy-$L" -d "{\\"listingId\\":\\"$L\\"}" http://127.0.0.1:8083/api/escrows | grep -o '"id":"[^"]*' | head -1 | cut -d'"' -f4)
            curl -s -w '\\n' -X POST -H "Authorization: Bearer $T" -H "Idempotency-Key: confirm-$E" http://127.0.0.1:8083/api/escrows/$E/confirm
            S=$(./nearhand token "$(curl -s -H "Authorization: Bearer $T" http://127.0.0.1:8083/api/escrows/$E | grep -o '"sellerId":"[^"]*' | cut -d'"' -f4)")
            for step in accept deliver; do curl -s -w '\\n' -X POST -H "Authorization: Bearer $S" http://127.0.0.1:8083/api/escrows/$E/$step; done
            curl -s -w '\\n' -X POST -H "Authorization: Bearer $T" -H "Idempotency-Key: release-$E" http://127.0.0.1:8083/api/escrows/$E/release
            """;

    private static final String LISTING = "http://127.0.0.1:8081";
    private static final String MATCHING = "http://127.0.0.1:8082";
    private static final String ESCROW = "http://127.0.0.1:8083";
    private static final String REPUTATION = "http://127.0.0.1:8084";

    /** How long to wait for one service to learn, through Kafka, what another just did. */
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private static final String[] BUYER_COMMENTS = {
        "準時又專業，推薦！ On time and professional.",
        "很親切，下次再找你。 Friendly, will book again.",
        "物超所值 Great value.",
        "溝通順暢 Easy to arrange.",
    };
    private static final String[] SELLER_COMMENTS = {
        "付款爽快，謝謝！ Quick to release, thanks!", "很好的客人 A pleasant customer.",
    };

    /** What the user asked for. */
    record Options(int shops, int buyers, Path csv) {}

    /** One HTTP answer. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean problem(String slug) {
            return body.contains("\"" + slug + "\"") || body.contains("/" + slug + "\"");
        }
    }

    private final StackLayout layout;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private PrivateKey key;

    DemoCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        Options options = parse(args, layout.root());
        requireRunning();
        LocalKeys keys = new LocalKeys(layout.keysDir());
        if (!keys.exist()) {
            throw CliException.failure(
                    "no signing key in "
                            + layout.display(layout.keysDir())
                            + "; ./nearhand up first");
        }
        key = keys.privateKey();
        long started = System.nanoTime();
        DemoPlan plan = DemoPlan.fromCsv(options.csv(), options.shops(), options.buyers());
        int offers = plan.shops().stream().mapToInt(s -> s.offers().size()).sum();
        out.println(
                "Seeding the demo city (Taipei): "
                        + plan.shops().size()
                        + " shops, "
                        + offers
                        + " listings, "
                        + plan.trades().size()
                        + " trades by "
                        + plan.buyers().size()
                        + " buyers.");
        out.println("  " + DemoPlan.ATTRIBUTION);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        ExecutorService reviewPool = Executors.newFixedThreadPool(4);
        try {
            // 1. Shops and listings, as their owners.
            AtomicInteger createdListings = new AtomicInteger();
            List<Callable<List<String>>> shopTasks = new ArrayList<>();
            for (DemoPlan.Shop shop : plan.shops()) {
                shopTasks.add(() -> openShop(shop, createdListings));
            }
            List<List<String>> listingIds = all(pool, shopTasks);
            out.printf(
                    "  shops and listings ready (%d listings new, %d already there)   %5.1f s%n",
                    createdListings.get(), offers - createdListings.get(), seconds(started));

            // 2. Trades: each buyer tops up once, then buys one thing after another (so that open
            // exposure stays far below the limits); sellers accept and deliver, buyers release.
            Map<String, List<DemoPlan.Trade>> byBuyer = new LinkedHashMap<>();
            for (DemoPlan.Trade trade : plan.trades()) {
                byBuyer.computeIfAbsent(trade.buyer(), b -> new ArrayList<>()).add(trade);
            }
            // 3. As each trade is released, both parties review it (on a pool of their own;
            // published once both have written theirs).
            AtomicInteger replayed = new AtomicInteger();
            AtomicInteger reviews = new AtomicInteger();
            List<Future<?>> reviewing = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Callable<Void>> buyerTasks = new ArrayList<>();
            for (Map.Entry<String, List<DemoPlan.Trade>> entry : byBuyer.entrySet()) {
                buyerTasks.add(
                        () -> {
                            topUp(entry.getKey());
                            Map<String, String> done = released(entry.getKey());
                            for (DemoPlan.Trade trade : entry.getValue()) {
                                String seller = plan.shops().get(trade.shop()).userId();
                                String listingId = listingIds.get(trade.shop()).get(trade.offer());
                                String escrow = done.get(listingId);
                                if (escrow == null) {
                                    escrow = trade(trade, seller, listingId);
                                } else {
                                    replayed.incrementAndGet();
                                }
                                String released = escrow;
                                reviewing.add(
                                        reviewPool.submit(
                                                () ->
                                                        reviewBoth(
                                                                trade, seller, released, reviews)));
                            }
                            return null;
                        });
            }
            all(pool, buyerTasks);
            int trades = plan.trades().size();
            out.printf(
                    "  trades released (%d new, %d already there)               %5.1f s%n",
                    trades - replayed.get(), replayed.get(), seconds(started));
            for (Future<?> review : reviewing) {
                try {
                    review.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IOException(e.getCause());
                }
            }
            out.printf(
                    "  reviews written (%d new, %d already there)              %5.1f s%n",
                    reviews.get(), 2 * trades - reviews.get(), seconds(started));
        } finally {
            pool.shutdownNow();
            reviewPool.shutdownNow();
        }

        // 4. Matching and reputation learn all this from Kafka: wait until they show it.
        JsonNode guide = awaitGuidePrice();
        String someSeller = plan.shops().get(plan.trades().get(0).shop()).userId();
        JsonNode credit = awaitCredit(someSeller);
        out.printf("Done in %.1f s.%n", seconds(started));
        out.println(
                "  guide price space.room/DAY near Taipei 101: "
                        + (guide.path("insufficientData").asBoolean(true)
                                ? "not yet available"
                                : guide.path("low").asText()
                                        + " / "
                                        + guide.path("median").asText()
                                        + " / "
                                        + guide.path("high").asText()
                                        + " "
                                        + guide.path("currency").asText()
                                        + " ("
                                        + guide.path("basis").asText()
                                        + ", "
                                        + guide.path("sampleSize").asText()
                                        + " samples within "
                                        + guide.path("radiusKm").asText()
                                        + " km)"));
        out.println(
                "  credit of "
                        + someSeller
                        + ": transaction "
                        + credit.path("transaction").asText()
                        + ", tier "
                        + credit.path("tier").asText()
                        + ", completed trades "
                        + credit.path("completedTrades").asText());
        out.println();
        out.println("Try this (from the repository root; README.md, \"Try this\"):");
        TRY_THIS.lines().forEach(line -> out.println("  " + line));
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

    private void requireRunning() throws InterruptedException {
        for (String base : List.of(LISTING, MATCHING, ESCROW, REPUTATION)) {
            try {
                HttpResponse<Void> response =
                        http.send(
                                HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    continue;
                }
            } catch (IOException e) {
                // below
            }
            throw CliException.failure(
                    base
                            + " is not ready; start the stack with ./nearhand up (or ./nearhand up --demo)");
        }
    }

    /**
     * Opens (or updates) the shop and publishes what it does not list yet; the listing ids in plan
     * order.
     */
    private List<String> openShop(DemoPlan.Shop shop, AtomicInteger created)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("displayName", shop.displayName());
        body.put("bio", shop.bio());
        body.putArray("languages").add("zh-Hant").add("en");
        body.putObject("location").put("lat", shop.lat()).put("lon", shop.lon());
        body.put("serviceRadiusKm", 3);
        expect(
                send("PUT", LISTING + "/api/shops/me", shop.userId(), null, body),
                "open shop " + shop.userId());
        Answer mine =
                expect(
                        send("GET", LISTING + "/api/shops/me", shop.userId(), null, null),
                        "read shop");
        Map<String, String> existing = new HashMap<>();
        for (JsonNode listing : json.readTree(mine.body()).path("listings")) {
            if (!listing.path("status").asText().equals("WITHDRAWN")) {
                existing.put(listing.path("title").asText(), listing.path("id").asText());
            }
        }
        List<String> ids = new ArrayList<>();
        for (DemoPlan.Offer offer : shop.offers()) {
            String id = existing.get(offer.title());
            if (id == null) {
                ObjectNode listing = json.createObjectNode();
                listing.put("kind", offer.kind());
                listing.put("title", offer.title());
                listing.put("description", offer.description());
                listing.put("category", offer.category());
                ArrayNode tags = listing.putArray("tags");
                offer.tags().forEach(tags::add);
                listing.putObject("price")
                        .put("amount", offer.price().toPlainString())
                        .put("currency", DemoPlan.CURRENCY)
                        .put("unit", offer.unit());
                if (offer.quantity() != null) {
                    listing.put("quantity", offer.quantity());
                }
                Answer answer =
                        expect(
                                send(
                                        "POST",
                                        LISTING + "/api/listings",
                                        shop.userId(),
                                        null,
                                        listing),
                                "publish " + offer.title());
                id = json.readTree(answer.body()).path("id").asText();
                created.incrementAndGet();
            }
            ids.add(id);
        }
        return ids;
    }

    private void topUp(String buyer) throws IOException, InterruptedException {
        ObjectNode body =
                json.createObjectNode().put("amount", TOP_UP).put("currency", DemoPlan.CURRENCY);
        expect(
                send(
                        "POST",
                        ESCROW + "/api/wallets/me/top-ups",
                        buyer,
                        "demo-top-up-" + buyer,
                        body),
                "top up " + buyer);
    }

    /** The buyer's released escrows by listing id (a second run skips those trades). */
    private Map<String, String> released(String buyer) throws IOException, InterruptedException {
        Map<String, String> byListing = new HashMap<>();
        String cursor = null;
        do {
            String url =
                    ESCROW
                            + "/api/escrows?role=buyer&status=RELEASED&limit=100"
                            + (cursor == null
                                    ? ""
                                    : "&cursor="
                                            + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page =
                    json.readTree(
                            expect(send("GET", url, buyer, null, null), "list escrows").body());
            for (JsonNode escrow : page.path("items")) {
                byListing.putIfAbsent(
                        escrow.path("listingId").asText(), escrow.path("id").asText());
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return byListing;
    }

    /**
     * One whole trade; on a second run every step replays its stored answer. Returns the escrow id.
     */
    private String trade(DemoPlan.Trade trade, String seller, String listingId)
            throws IOException, InterruptedException {
        String prefix = "demo-trade-" + trade.number() + "-";
        ObjectNode body = json.createObjectNode().put("listingId", listingId).put("quantity", 1);
        Instant deadline = Instant.now().plus(PROPAGATION);
        Answer opened;
        while (true) {
            // Escrow learns about new listings from Kafka: until then the listing is "unavailable".
            opened = send("POST", ESCROW + "/api/escrows", trade.buyer(), prefix + "open", body);
            if (opened.ok()
                    || !opened.problem("listing-unavailable")
                    || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(500);
        }
        expect(opened, "open escrow for " + listingId);
        String escrow = json.readTree(opened.body()).path("id").asText();
        String url = ESCROW + "/api/escrows/" + escrow;
        step(send("POST", url + "/confirm", trade.buyer(), prefix + "confirm", null), "confirm");
        step(send("POST", url + "/accept", seller, prefix + "accept", null), "accept");
        step(send("POST", url + "/deliver", seller, prefix + "deliver", null), "deliver");
        step(send("POST", url + "/release", trade.buyer(), prefix + "release", null), "release");
        return escrow;
    }

    /** A move that was already made (a run interrupted half-way, then repeated) is fine. */
    private void step(Answer answer, String what) {
        if (!answer.ok() && !answer.problem("illegal-transition")) {
            expect(answer, what);
        }
    }

    /** The buyer reviews the seller and the seller the buyer. */
    private Void reviewBoth(
            DemoPlan.Trade trade, String seller, String escrow, AtomicInteger written)
            throws IOException, InterruptedException {
        int n = trade.number();
        review(
                trade.buyer(),
                escrow,
                trade.buyerRating(),
                BUYER_COMMENTS[n % BUYER_COMMENTS.length],
                written);
        review(
                seller,
                escrow,
                trade.sellerRating(),
                SELLER_COMMENTS[n % SELLER_COMMENTS.length],
                written);
        return null;
    }

    private void review(
            String author, String escrow, int rating, String comment, AtomicInteger written)
            throws IOException, InterruptedException {
        ObjectNode body =
                json.createObjectNode()
                        .put("escrowId", escrow)
                        .put("rating", rating)
                        .put("comment", comment);
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            Answer answer = send("POST", REPUTATION + "/api/reviews", author, null, body);
            if (answer.ok()) {
                written.incrementAndGet();
                return;
            }
            if (answer.problem("already-reviewed")) {
                return;
            }
            // Reputation learns of the release from Kafka: until then the trade is unknown or open.
            boolean notYet =
                    answer.problem("escrow-not-found") || answer.problem("trade-not-finished");
            if (!notYet || Instant.now().isAfter(deadline)) {
                expect(answer, "review of " + escrow + " by " + author);
            }
            Thread.sleep(500);
        }
    }

    private JsonNode awaitGuidePrice() throws IOException, InterruptedException {
        String url =
                MATCHING
                        + "/api/guide-price?category=space.room&unit=DAY&lat="
                        + TAIPEI_101_LAT
                        + "&lon="
                        + TAIPEI_101_LON;
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            Answer answer = send("GET", url, null, null, null);
            JsonNode guide = answer.ok() ? json.readTree(answer.body()) : json.createObjectNode();
            if (guide.path("basis").asText().equals("COMPLETED_TRADES")
                    || Instant.now().isAfter(deadline)) {
                return guide;
            }
            Thread.sleep(1000);
        }
    }

    private JsonNode awaitCredit(String user) throws IOException, InterruptedException {
        String url = REPUTATION + "/api/credit/" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            Answer answer = send("GET", url, null, null, null);
            JsonNode credit = answer.ok() ? json.readTree(answer.body()) : json.createObjectNode();
            if (credit.path("completedTrades").asInt() > 0 || Instant.now().isAfter(deadline)) {
                return credit;
            }
            Thread.sleep(1000);
        }
    }

    private Answer send(
            String method, String url, String user, String idempotencyKey, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(
                    method,
                    HttpRequest.BodyPublishers.ofString(
                            json.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response =
                        http.send(
                                request.build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.body());
            } catch (ConnectException e) {
                if (attempt >= 3) {
                    throw e;
                }
                Thread.sleep(500L * attempt);
            }
        }
    }

    private String token(String user) {
        return tokens.computeIfAbsent(
                user, u -> TokenIssuer.issue(key, u, "id", false, Instant.now()));
    }

    private static Answer expect(Answer answer, String what) {
        if (!answer.ok()) {
            throw CliException.failure(
                    "demo: " + what + " failed: HTTP " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks)
            throws InterruptedException, IOException {
        List<Future<T>> futures = pool.invokeAll(tasks);
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause);
            }
        }
        return results;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
