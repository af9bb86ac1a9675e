package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint of the public contract, with examples. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingOpenApiTest {

    @Test
    void shouldDocumentEveryEndpointWithASummaryAndEveryBodyWithAnExample() throws Exception {
        JsonNode doc =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .when()
                                        .get("/q/openapi")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());

        Map<String, List<String>> expected =
                Map.of(
                        "/api/shops/me", List.of("put", "get"),
                        "/api/shops/{shopId}", List.of("get"),
                        "/api/shops/{shopId}/listings", List.of("get"),
                        "/api/listings", List.of("post"),
                        "/api/listings/{id}", List.of("get", "patch", "delete"),
                        "/api/listings/{id}/pause", List.of("post"),
                        "/api/listings/{id}/resume", List.of("post"),
                        "/api/categories", List.of("get"));
        expected.forEach(
                (path, methods) ->
                        methods.forEach(
                                method -> {
                                    JsonNode operation = doc.path("paths").path(path).path(method);
                                    assertThat(operation.path("summary").asText())
                                            .as("%s %s", method, path)
                                            .isNotBlank();
                                }));
        assertThat(
                        doc.path("components")
                                .path("schemas")
                                .path("ShopRequest")
                                .path("examples")
                                .toString())
                .contains("displayName");
        assertThat(
                        doc.path("components")
                                .path("schemas")
                                .path("ListingRequest")
                                .path("examples")
                                .toString())
                .contains("repair.bike");
    }
}
