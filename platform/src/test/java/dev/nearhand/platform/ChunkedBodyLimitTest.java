package dev.nearhand.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body sent in chunks declares no length, so it is measured as it arrives: past the limit it is
 * refused as one with a declared length is, within it it is read as sent.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    @TestHTTPResource("/probe/widgets")
    URI widgets;

    @Test
    void shouldRefuseAChunkedBodyPastTheLimitAsAProblem() throws Exception {
        String padding = "x".repeat(100_000);
        HttpResponse<String> refused = chunked("{\"name\":\"" + padding + "\",\"size\":3}");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        assertThat(refused.body()).contains("body-too-large", "65536");
    }

    @Test
    void shouldReadAChunkedBodyWithinTheLimitAsSent() throws Exception {
        HttpResponse<String> created = chunked("{\"name\":\"chunked\",\"size\":3}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("\"name\":\"chunked\"");
    }

    private HttpResponse<String> chunked(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request =
                HttpRequest.newBuilder(widgets)
                        .header("Authorization", "Bearer " + TestTokens.of("alice"))
                        .header("Content-Type", "application/json")
                        // A stream of unknown length goes out chunked.
                        .POST(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(bytes)))
                        .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
