package dev.nearhand.journey.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON over HTTP/1.1 as one user (or none), 30 s per call; answers are read as text with patterns,
 * not parsed, since the client's CPU is counted too.
 */
final class BenchHttp {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    HttpClient client() {
        return client;
    }

    /** A POST with an Idempotency-Key of its own. */
    HttpResponse<String> post(String url, BenchUser user, String json) throws Exception {
        return post(url, user, UUID.randomUUID().toString(), json);
    }

    HttpResponse<String> post(String url, BenchUser user, String idempotencyKey, String json)
            throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    HttpResponse<String> put(String url, BenchUser user, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                user);
    }

    HttpResponse<String> get(String url, BenchUser user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, BenchUser user)
            throws Exception {
        request.header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(
                    r.request().method()
                            + " "
                            + r.uri().getPath()
                            + ": "
                            + r.statusCode()
                            + " "
                            + r.body());
        }
    }

    /** The first {@code "id"} of a JSON answer. */
    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }
}
