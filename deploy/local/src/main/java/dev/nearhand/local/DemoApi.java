package dev.nearhand.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running stack's public HTTP API as {@code ./nearhand demo} calls it: each call as one demo
 * user, with a token signed with the stack's key.
 */
final class DemoApi {

    static final String LISTING = "http://127.0.0.1:8081";
    static final String MATCHING = "http://127.0.0.1:8082";
    static final String ESCROW = "http://127.0.0.1:8083";
    static final String REPUTATION = "http://127.0.0.1:8084";

    /** How long to wait for one service to learn, through Kafka, what another just did. */
    static final Duration PROPAGATION = Duration.ofSeconds(90);

    /** One HTTP answer. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean problem(String slug) {
            return body.contains("\"" + slug + "\"") || body.contains("/" + slug + "\"");
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final PrivateKey key;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoApi(HttpClient http, PrivateKey key) {
        this.http = http;
        this.key = key;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static void requireRunning(HttpClient http) throws InterruptedException {
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

    ObjectNode object() {
        return json.createObjectNode();
    }

    JsonNode read(Answer answer) throws IOException {
        return json.readTree(answer.body());
    }

    Answer send(String method, String url, String user, String idempotencyKey, JsonNode body)
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

    static Answer expect(Answer answer, String what) {
        if (!answer.ok()) {
            throw CliException.failure(
                    "demo: " + what + " failed: HTTP " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
