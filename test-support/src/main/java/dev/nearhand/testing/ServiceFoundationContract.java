package dev.nearhand.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every Nearhand service answers the same way: readiness with its database and Kafka, API
 * docs, metrics, and problem documents. Each service runs it through a subclass carrying
 * {@code @QuarkusTest}.
 */
public abstract class ServiceFoundationContract {

    @Test
    void shouldBeReadyWithItsDatabaseAndKafka() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        hasItems(
                                "Database connections health check",
                                "Kafka connection health check"));
    }

    @Test
    void shouldBeAlive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldPublishItsOpenApiDocumentWithBearerSecurity() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    /**
     * Clients generated from the document name their methods after the operation ids: two alike
     * leave one of the operations unreachable.
     */
    @Test
    void shouldGiveEveryOperationItsOwnId() {
        Map<String, Map<String, Map<String, Object>>> paths =
                given().accept("application/json")
                        .when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("paths");
        List<Object> ids =
                paths.values().stream()
                        .flatMap(operations -> operations.values().stream())
                        .map(operation -> operation.get("operationId"))
                        .toList();

        assertThat(ids).isNotEmpty().doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    /**
     * A request no route answers (a wrong method gets a 405) is not templated by the HTTP metrics:
     * without the platform's ignore patterns its raw path became a label on the public /q/metrics,
     * so anyone could add labels at will and read the ids others had sent (audit; a second pass
     * found the same through "//" and ";x=1").
     */
    @Test
    void shouldKeepIdsOfUnroutedRequestsOutOfTheMetrics() {
        String marker = "marker" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (String path :
                new String[] {
                    "/api/escrows/%s",
                    "/api/escrows/%s/confirm",
                    "/api/listings/%s",
                    "/api/listings/%s/pause",
                    "/api/shops/%s",
                    "/api/shops/%s/listings",
                    "/api/credit/%s",
                    "/api/users/%s/reviews",
                    "/api/reports/%s",
                    "/api/reports/%s/decision",
                    "/api/needs/%s",
                    "/api/wallets/me/top-ups/%s",
                    "/api//escrows/%s/confirm",
                    "/api/escrows/%s/confirm;x=1",
                    "/api//users/%s/reviews",
                    "/api/search;%s=1"
                }) {
            given().when().patch(String.format(path, marker));
        }
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(not(containsString(marker)));
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithAProblem() {
        given().when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }
}
