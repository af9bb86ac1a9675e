package dev.nearhand.local;

import static dev.nearhand.local.DemoApi.MATCHING;
import static dev.nearhand.local.DemoApi.PROPAGATION;
import static dev.nearhand.local.DemoApi.REPUTATION;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nearhand.local.DemoApi.Answer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Matching and reputation learn the demo's trades from Kafka: waits until they show them, and
 * returns what they show then (or at the deadline).
 */
final class DemoPropagation {

    private static final double TAIPEI_101_LAT = 25.0339;
    private static final double TAIPEI_101_LON = 121.5645;

    private final DemoApi api;

    DemoPropagation(DemoApi api) {
        this.api = api;
    }

    /** The guide price for a room a day near Taipei 101, once completed trades back it. */
    JsonNode guidePrice() throws IOException, InterruptedException {
        String url =
                MATCHING
                        + "/api/guide-price?category=space.room&unit=DAY&lat="
                        + TAIPEI_101_LAT
                        + "&lon="
                        + TAIPEI_101_LON;
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            Answer answer = api.send("GET", url, null, null, null);
            JsonNode guide = answer.ok() ? api.read(answer) : api.object();
            if (guide.path("basis").asText().equals("COMPLETED_TRADES")
                    || Instant.now().isAfter(deadline)) {
                return guide;
            }
            Thread.sleep(1000);
        }
    }

    /** The user's credit, once it counts a completed trade. */
    JsonNode credit(String user) throws IOException, InterruptedException {
        String url = REPUTATION + "/api/credit/" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            Answer answer = api.send("GET", url, null, null, null);
            JsonNode credit = answer.ok() ? api.read(answer) : api.object();
            if (credit.path("completedTrades").asInt() > 0 || Instant.now().isAfter(deadline)) {
                return credit;
            }
            Thread.sleep(1000);
        }
    }
}
