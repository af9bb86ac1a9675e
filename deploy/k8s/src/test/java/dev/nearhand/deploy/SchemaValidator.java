package dev.nearhand.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Validates one rendered document strictly. Built-in kinds go through two independent models: the
 * official Kubernetes Java client (rejects unknown and missing required fields) and fabric8
 * (rejects wrong value types). Strimzi resources go through Strimzi's own model with every unknown
 * field reported; CloudNativePG clusters through {@link CloudNativePgCluster}.
 */
final class SchemaValidator {

    private record Models(String apiVersion, Class<?> official, Class<?> fabric8) {}

    private static final Map<String, Models> BUILT_IN =
            Map.of(
                    "ServiceAccount",
                            new Models("v1", V1ServiceAccount.class, ServiceAccount.class),
                    "ConfigMap", new Models("v1", V1ConfigMap.class, ConfigMap.class),
                    "Service", new Models("v1", V1Service.class, Service.class),
                    "Deployment", new Models("apps/v1", V1Deployment.class, Deployment.class),
                    "Ingress", new Models("networking.k8s.io/v1", V1Ingress.class, Ingress.class),
                    "NetworkPolicy",
                            new Models(
                                    "networking.k8s.io/v1",
                                    V1NetworkPolicy.class,
                                    NetworkPolicy.class),
                    "HorizontalPodAutoscaler",
                            new Models(
                                    "autoscaling/v2",
                                    V2HorizontalPodAutoscaler.class,
                                    HorizontalPodAutoscaler.class),
                    "PodDisruptionBudget",
                            new Models(
                                    "policy/v1",
                                    V1PodDisruptionBudget.class,
                                    PodDisruptionBudget.class));

    private static final Map<String, Class<?>> STRIMZI =
            Map.of(
                    "Kafka",
                    Kafka.class,
                    "KafkaNodePool",
                    KafkaNodePool.class,
                    "KafkaTopic",
                    KafkaTopic.class);

    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SchemaValidator() {}

    /** Throws with the document's id and the reason when the document is not valid. */
    static void validate(JsonNode doc) {
        String kind = doc.path("kind").asText();
        try {
            if (BUILT_IN.containsKey(kind)) {
                validateBuiltIn(doc, BUILT_IN.get(kind));
            } else if (STRIMZI.containsKey(kind)) {
                validateStrimzi(doc, STRIMZI.get(kind));
            } else if ("Cluster".equals(kind)
                    && doc.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                CloudNativePgCluster.validate(doc);
            } else {
                throw new IllegalArgumentException(
                        "no schema known for " + doc.path("apiVersion").asText() + " " + kind);
            }
        } catch (InvocationTargetException e) {
            throw new AssertionError(
                    Manifests.id(doc) + " is invalid: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError(Manifests.id(doc) + " is invalid: " + e.getMessage(), e);
        }
    }

    private static void validateBuiltIn(JsonNode doc, Models models) throws Exception {
        if (!models.apiVersion().equals(doc.path("apiVersion").asText())) {
            throw new IllegalArgumentException("apiVersion must be " + models.apiVersion());
        }
        models.official()
                .getMethod("validateJsonElement", com.google.gson.JsonElement.class)
                .invoke(null, JsonParser.parseString(doc.toString()));
        Object typed = Serialization.unmarshal(doc.toString(), models.fabric8());
        UnknownFields.assertNone(typed);
    }

    private static void validateStrimzi(JsonNode doc, Class<?> type) throws Exception {
        if (!"kafka.strimzi.io/v1beta2".equals(doc.path("apiVersion").asText())) {
            throw new IllegalArgumentException("apiVersion must be kafka.strimzi.io/v1beta2");
        }
        UnknownFields.assertNone(STRICT.treeToValue(doc, type));
    }
}
