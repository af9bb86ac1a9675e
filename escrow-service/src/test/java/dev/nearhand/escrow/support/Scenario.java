package dev.nearhand.escrow.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Test vocabulary: users, listings fed through real Kafka, wallets and escrows over HTTP. */
@ApplicationScoped
public class Scenario {

    private final LedgerProbe probe;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Scenario(LedgerProbe probe) {
        this.probe = probe;
    }

    public static String user(String role) {
        return role + "-" + UUID.randomUUID();
    }

    /** A token for an ID-verified user (the common case); other levels via TestTokens. */
    public String token(String userId) {
        return tokens.computeIfAbsent(userId, id -> TestTokens.forUser(id).kyc("id").sign());
    }

    /** Publishes an active listing through Kafka, as listing-service would, and waits for it. */
    public UUID listing(String sellerId, String price, String currency) {
        UUID listingId = UUID.randomUUID();
        sendListing("ListingPublished", listingId, sellerId, 1, "ACTIVE", price, currency);
        return listingId;
    }

    /** Sends a listing event shaped like the golden sample; waits until escrow has applied it. */
    public UUID sendListing(
            String type,
            UUID listingId,
            String sellerId,
            long revision,
            String status,
            String price,
            String currency) {
        UUID eventId =
                sendListingNoWait(type, listingId, sellerId, revision, status, price, currency);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.processed(eventId));
        return eventId;
    }

    public UUID sendListingNoWait(
            String type,
            UUID listingId,
            String sellerId,
            long revision,
            String status,
            String price,
            String currency) {
        return sendListingWithId(
                UUID.randomUUID(), type, listingId, sellerId, revision, status, price, currency);
    }

    /** Sends with a chosen event id, e.g. to redeliver one. */
    public UUID sendListingWithId(
            UUID eventId,
            String type,
            UUID listingId,
            String sellerId,
            long revision,
            String status,
            String price,
            String currency) {
        send(
                "listing/" + type + ".json",
                type,
                eventId,
                snapshot(listingId, sellerId, revision, status, price, currency));
        return eventId;
    }

    /**
     * Sends an ITEM listing's snapshot (shaped like the sold-out golden sample) with its stock, the
     * sales listing-service counts and its price unit: per ITEM it is sold by the piece, per DAY it
     * is lent. Waits until escrow has applied it.
     */
    public void sendItem(
            UUID listingId,
            String sellerId,
            long revision,
            String status,
            int quantity,
            int soldUnits,
            String unit,
            String price,
            String currency) {
        UUID eventId = UUID.randomUUID();
        send(
                "listing/ListingUpdated.item-sold-out.json",
                "ListingUpdated",
                eventId,
                snapshot(listingId, sellerId, revision, status, price, currency)
                        .andThen(
                                listing ->
                                        listing.put("quantity", quantity)
                                                .put("soldUnits", soldUnits)
                                                .put("unit", unit)));
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.processed(eventId));
    }

    private static Consumer<ObjectNode> snapshot(
            UUID listingId,
            String sellerId,
            long revision,
            String status,
            String price,
            String currency) {
        return listing -> {
            listing.put("listingId", listingId.toString());
            listing.put("sellerId", sellerId);
            listing.put("revision", revision);
            listing.put("status", status);
            ((ObjectNode) listing.get("price")).put("amount", price).put("currency", currency);
        };
    }

    /** A golden sample, its snapshot changed by {@code listing}, sent as listing-service would. */
    private static void send(
            String sample, String type, UUID eventId, Consumer<ObjectNode> listing) {
        try {
            ObjectNode root =
                    (ObjectNode) GoldenSamples.MAPPER.readTree(GoldenSamples.read(sample));
            root.put("eventId", eventId.toString());
            listing.accept((ObjectNode) root.get("listing"));
            KafkaProbe.send(
                    Topics.LISTING_LISTINGS,
                    root.get("listing").get("listingId").asText(),
                    type,
                    eventId.toString(),
                    GoldenSamples.MAPPER.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void topUp(String userId, String amount, String currency) {
        given().auth()
                .oauth2(token(userId))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "currency", currency))
                .post("/api/wallets/me/top-ups")
                .then()
                .statusCode(201);
    }

    public Response open(String buyerId, UUID listingId, int quantity) {
        return open(
                buyerId,
                UUID.randomUUID().toString(),
                Map.of("listingId", listingId.toString(), "quantity", quantity));
    }

    /** {@code POST /api/escrows} with this key and body as given, for tests of the request. */
    public Response open(String buyerId, String idempotencyKey, Object body) {
        return given().auth()
                .oauth2(token(buyerId))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/escrows");
    }

    public UUID opened(String buyerId, UUID listingId, int quantity) {
        return UUID.fromString(
                open(buyerId, listingId, quantity).then().statusCode(201).extract().path("id"));
    }

    /** A party's move with a fresh Idempotency-Key. */
    public Response act(String userId, UUID escrowId, String action) {
        return actWithToken(token(userId), escrowId, action);
    }

    public Response actWithToken(String token, UUID escrowId, String action) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/escrows/" + escrowId + "/" + action);
    }

    /**
     * A move as a client built from the public API makes it: without an Idempotency-Key, which the
     * API lists only for top-ups and opening an escrow. The body is resolve's; the others ignore
     * it.
     */
    public Response actWithoutKey(String userId, UUID escrowId, String action) {
        return withoutKeyAs(token(userId), escrowId, action);
    }

    public Response withoutKeyAs(String token, UUID escrowId, String action) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("sellerShare", "1.00"))
                .post("/api/escrows/" + escrowId + "/" + action);
    }

    /**
     * Each buyer confirms their escrow, all at the same instant (as near as threads allow).
     *
     * @return the answers, in the buyers' order
     */
    public List<Response> confirmTogether(List<String> buyers, List<UUID> escrowIds) {
        CyclicBarrier start = new CyclicBarrier(buyers.size());
        List<CompletableFuture<Response>> confirms =
                IntStream.range(0, buyers.size())
                        .mapToObj(
                                i ->
                                        CompletableFuture.supplyAsync(
                                                () -> {
                                                    arrive(start);
                                                    return act(
                                                            buyers.get(i),
                                                            escrowIds.get(i),
                                                            "confirm");
                                                }))
                        .toList();
        return confirms.stream().map(CompletableFuture::join).toList();
    }

    private static void arrive(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An escrow confirmed by its buyer: the buyer is topped up with exactly what it needs. */
    public UUID held(String buyerId, UUID listingId, int quantity, String topUp, String currency) {
        topUp(buyerId, topUp, currency);
        UUID id = opened(buyerId, listingId, quantity);
        act(buyerId, id, "confirm").then().statusCode(200);
        return id;
    }

    /** A held escrow the seller accepted and the buyer disputed. */
    public UUID disputed(
            String buyerId,
            String sellerId,
            UUID listingId,
            int quantity,
            String topUp,
            String currency) {
        UUID id = held(buyerId, listingId, quantity, topUp, currency);
        act(sellerId, id, "accept").then().statusCode(200);
        act(buyerId, id, "dispute").then().statusCode(200);
        return id;
    }

    /**
     * An operator's resolve with a fresh key; {@code sellerShare} is a money object or a bare
     * amount, as the API takes either.
     */
    public Response resolve(UUID escrowId, Object sellerShare) {
        return given().auth()
                .oauth2(TestTokens.forUser(user("operator")).operator().sign())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("sellerShare", sellerShare))
                .post("/api/escrows/" + escrowId + "/resolve");
    }

    /** {@code [available, held]} of a user in a currency, zero when absent. */
    public BigDecimal[] balance(String userId, String currency) {
        Response wallet = given().auth().oauth2(token(userId)).get("/api/wallets/me");
        wallet.then().statusCode(200);
        String available =
                wallet.path("balances.find { it.currency == '" + currency + "' }.available");
        String held = wallet.path("balances.find { it.currency == '" + currency + "' }.held");
        return new BigDecimal[] {
            available == null ? BigDecimal.ZERO : new BigDecimal(available),
            held == null ? BigDecimal.ZERO : new BigDecimal(held)
        };
    }

    public BigDecimal available(String userId, String currency) {
        return balance(userId, currency)[0];
    }

    public BigDecimal heldOf(String userId, String currency) {
        return balance(userId, currency)[1];
    }
}
