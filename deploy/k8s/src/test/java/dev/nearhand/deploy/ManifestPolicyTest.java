package dev.nearhand.deploy;

import static dev.nearhand.deploy.Manifests.each;
import static dev.nearhand.deploy.Manifests.named;
import static dev.nearhand.deploy.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The house rules every overlay keeps, checked on the rendered documents. */
class ManifestPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    /** Every public path prefix of the API and the service that owns it. */
    static final List<List<String>> ROUTES =
            List.of(
                    List.of("/api/shops", "listing-service"),
                    List.of("/api/listings", "listing-service"),
                    List.of("/api/categories", "listing-service"),
                    List.of("/api/search", "matching-service"),
                    List.of("/api/guide-price", "matching-service"),
                    List.of("/api/needs", "matching-service"),
                    List.of("/api/wallets", "escrow-service"),
                    List.of("/api/escrows", "escrow-service"),
                    List.of("/api/bookings", "escrow-service"),
                    List.of("/api/reviews", "reputation-service"),
                    List.of("/api/reports", "reputation-service"),
                    List.of("/api/credit", "reputation-service"),
                    List.of("/api/users", "reputation-service"));

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldGiveEveryContainerProbesResourcesAHardenedContextAndAPinnedImage(String overlay) {
        for (JsonNode deployment : ofKind(Manifests.overlay(overlay), "Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            assertThat(pod.path("terminationGracePeriodSeconds").asInt())
                    .isGreaterThanOrEqualTo(30);
            for (JsonNode container : each(pod.path("containers"))) {
                String where = Manifests.id(deployment) + " " + container.path("name").asText();
                assertThat(container.at("/startupProbe/httpGet/path").asText())
                        .as(where)
                        .isEqualTo("/q/health/started");
                assertThat(container.at("/livenessProbe/httpGet/path").asText())
                        .as(where)
                        .isEqualTo("/q/health/live");
                assertThat(container.at("/readinessProbe/httpGet/path").asText())
                        .as(where)
                        .isEqualTo("/q/health/ready");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(container.path("resources").path(bound).has("cpu"))
                            .as(where + " " + bound)
                            .isTrue();
                    assertThat(container.path("resources").path(bound).has("memory"))
                            .as(where + " " + bound)
                            .isTrue();
                }
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(where).isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true))
                        .as(where)
                        .isFalse();
                assertThat(each(security.path("capabilities").path("drop")))
                        .extracting(JsonNode::asText)
                        .as(where)
                        .contains("ALL");
                assertThat(container.has("lifecycle")).as(where + " preStop").isTrue();
                String image = container.path("image").asText();
                assertThat(image)
                        .as(where)
                        .matches(".+:[A-Za-z0-9._-]+$")
                        .doesNotEndWith(":latest");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldExposeEachServiceOnThePortTheApplicationListensOn(String overlay)
            throws IOException {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        for (String service : Manifests.SERVICES) {
            String name = service + "-service";
            String appPort = applicationPort(name);
            JsonNode container =
                    named(docs, "Deployment", name).at("/spec/template/spec/containers/0");
            JsonNode http =
                    each(container.path("ports")).stream()
                            .filter(port -> "http".equals(port.path("name").asText()))
                            .findFirst()
                            .orElseThrow();
            assertThat(http.path("containerPort").asText()).as(name).isEqualTo(appPort);
            assertThat(named(docs, "ConfigMap", name).at("/data/QUARKUS_HTTP_PORT").asText())
                    .as(name)
                    .isEqualTo(appPort);
            assertThat(named(docs, "Service", name).at("/spec/ports/0/targetPort").asText())
                    .isEqualTo("http");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldDefineEveryConfigMapKeyAndSecretAServiceReads(String overlay) {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        Set<String> clusters =
                ofKind(docs, "Cluster").stream()
                        .map(c -> c.at("/metadata/name").asText())
                        .collect(Collectors.toSet());
        for (JsonNode deployment : ofKind(docs, "Deployment")) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            for (JsonNode from : each(container.path("envFrom"))) {
                named(docs, "ConfigMap", from.at("/configMapRef/name").asText());
            }
            for (JsonNode env : each(container.path("env"))) {
                JsonNode configRef = env.at("/valueFrom/configMapKeyRef");
                if (!configRef.isMissingNode()) {
                    JsonNode data =
                            named(docs, "ConfigMap", configRef.path("name").asText()).path("data");
                    assertThat(data.has(configRef.path("key").asText()))
                            .as(Manifests.id(deployment) + " " + configRef)
                            .isTrue();
                }
                JsonNode secretRef = env.at("/valueFrom/secretKeyRef");
                if (!secretRef.isMissingNode()) {
                    // The only secrets are the ones CloudNativePG generates: <cluster>-app.
                    String secret = secretRef.path("name").asText();
                    assertThat(secret).endsWith("-app");
                    assertThat(clusters)
                            .contains(secret.substring(0, secret.length() - "-app".length()));
                    assertThat(secretRef.path("key").asText()).isIn("username", "password");
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldRouteEveryPublicPathPrefixToItsService(String overlay) {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        List<JsonNode> paths = each(ofKind(docs, "Ingress").get(0).at("/spec/rules/0/http/paths"));
        for (List<String> route : ROUTES) {
            JsonNode path =
                    paths.stream()
                            .filter(p -> route.get(0).equals(p.path("path").asText()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no route for " + route.get(0)));
            assertThat(path.path("pathType").asText()).isEqualTo("Prefix");
            assertThat(path.at("/backend/service/name").asText())
                    .as(route.get(0))
                    .isEqualTo(route.get(1));
            named(docs, "Service", route.get(1));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldCreateExactlyTheContractTopicsAndCompactTheSnapshotOnes(String overlay) {
        List<ObjectNode> topics = ofKind(Manifests.overlay(overlay), "KafkaTopic");
        Set<String> names =
                topics.stream()
                        .map(t -> t.at("/metadata/name").asText())
                        .collect(Collectors.toSet());

        assertThat(names).isEqualTo(new HashSet<>(Topics.ALL));
        for (String snapshots :
                List.of(Topics.LISTING_SHOPS, Topics.LISTING_LISTINGS, Topics.REPUTATION_CREDIT)) {
            assertThat(
                            named(topics, "KafkaTopic", snapshots)
                                    .at("/spec/config/cleanup.policy")
                                    .asText())
                    .isEqualTo("compact");
        }
    }

    @Test
    void shouldRunProductionHighlyAvailable() {
        List<ObjectNode> docs = Manifests.overlay("prod");
        for (String service : Manifests.SERVICES) {
            String name = service + "-service";
            JsonNode deployment = named(docs, "Deployment", name);
            assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(deployment.at("/spec/template/spec/topologySpreadConstraints"))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(
                            named(docs, "PodDisruptionBudget", name)
                                    .at("/spec/selector/matchLabels/app.kubernetes.io~1name")
                                    .asText())
                    .isEqualTo(name);
            JsonNode hpa = named(docs, "HorizontalPodAutoscaler", name);
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
            assertThat(named(docs, "Cluster", service + "-db").at("/spec/instances").asInt())
                    .isEqualTo(3);
        }
        assertThat(ofKind(docs, "KafkaNodePool").get(0).at("/spec/replicas").asInt()).isEqualTo(3);
        ofKind(docs, "KafkaTopic")
                .forEach(topic -> assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3));
        assertThat(
                        ofKind(docs, "Kafka")
                                .get(0)
                                .at("/spec/kafka/config/min.insync.replicas")
                                .asInt())
                .isEqualTo(2);
    }

    @Test
    void shouldRunDevelopmentSmall() {
        List<ObjectNode> docs = Manifests.overlay("dev");
        ofKind(docs, "Deployment")
                .forEach(d -> assertThat(d.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(ofKind(docs, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(ofKind(docs, "KafkaNodePool").get(0).at("/spec/replicas").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldLetOnlyEachServiceReachItsOwnDatabase(String overlay) {
        List<ObjectNode> docs = Manifests.overlay(overlay);
        assertThat(named(docs, "NetworkPolicy", "default-deny-ingress").at("/spec/podSelector"))
                .isEmpty();
        for (String service : Manifests.SERVICES) {
            JsonNode policy = named(docs, "NetworkPolicy", service + "-db");
            assertThat(policy.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText())
                    .isEqualTo(service + "-db");
            Set<String> apps =
                    each(policy.at("/spec/ingress/0/from")).stream()
                            .map(
                                    peer ->
                                            peer.at(
                                                            "/podSelector/matchLabels/app.kubernetes.io~1name")
                                                    .asText())
                            .filter(app -> !app.isEmpty())
                            .collect(Collectors.toSet());
            assertThat(apps).containsExactly(service + "-service");
        }
    }

    private static String applicationPort(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(
                        Manifests.REPOSITORY
                                .resolve(service)
                                .resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties.getProperty("quarkus.http.port");
    }
}
