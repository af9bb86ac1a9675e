package dev.nearhand.local;

import static dev.nearhand.local.DemoApi.ESCROW;
import static dev.nearhand.local.DemoApi.PROPAGATION;
import static dev.nearhand.local.DemoApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.local.DemoApi.Answer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The demo's wallets and trades on escrow-service: buyers pay, sellers deliver. */
final class DemoEscrows {

    private static final String TOP_UP = "100000";

    private final DemoApi api;

    DemoEscrows(DemoApi api) {
        this.api = api;
    }

    void topUp(String buyer) throws IOException, InterruptedException {
        ObjectNode body = api.object().put("amount", TOP_UP).put("currency", DemoPlan.CURRENCY);
        expect(
                api.send(
                        "POST",
                        ESCROW + "/api/wallets/me/top-ups",
                        buyer,
                        "demo-top-up-" + buyer,
                        body),
                "top up " + buyer);
    }

    /** The buyer's released escrows by listing id (a second run skips those trades). */
    Map<String, String> released(String buyer) throws IOException, InterruptedException {
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
                    api.read(expect(api.send("GET", url, buyer, null, null), "list escrows"));
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
    String trade(DemoPlan.Trade trade, String seller, String listingId)
            throws IOException, InterruptedException {
        String prefix = "demo-trade-" + trade.number() + "-";
        ObjectNode body = api.object().put("listingId", listingId).put("quantity", 1);
        Instant deadline = Instant.now().plus(PROPAGATION);
        Answer opened;
        while (true) {
            // Escrow learns about new listings from Kafka: until then the listing is "unavailable".
            opened =
                    api.send("POST", ESCROW + "/api/escrows", trade.buyer(), prefix + "open", body);
            if (opened.ok()
                    || !opened.problem("listing-unavailable")
                    || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(500);
        }
        expect(opened, "open escrow for " + listingId);
        String escrow = api.read(opened).path("id").asText();
        String url = ESCROW + "/api/escrows/" + escrow;
        step(
                api.send("POST", url + "/confirm", trade.buyer(), prefix + "confirm", null),
                "confirm");
        step(api.send("POST", url + "/accept", seller, prefix + "accept", null), "accept");
        step(api.send("POST", url + "/deliver", seller, prefix + "deliver", null), "deliver");
        step(
                api.send("POST", url + "/release", trade.buyer(), prefix + "release", null),
                "release");
        return escrow;
    }

    /** A move that was already made (a run interrupted half-way, then repeated) is fine. */
    private static void step(Answer answer, String what) {
        if (!answer.ok() && !answer.problem("illegal-transition")) {
            expect(answer, what);
        }
    }
}
