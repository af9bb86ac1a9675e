package dev.nearhand.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every rendered document of every overlay is valid against its schema, strictly. */
class ManifestSchemaTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldValidateEveryRenderedDocumentStrictly(String overlay) {
        List<ObjectNode> docs = Manifests.overlay(overlay);

        assertThat(docs).hasSizeGreaterThan(30);
        docs.forEach(SchemaValidator::validate);
    }

    @Test
    void shouldRejectAnUnknownFieldInABuiltInKind() {
        ObjectNode deployment =
                Manifests.named(Manifests.overlay("dev"), "Deployment", "listing-service");
        ((ObjectNode) deployment.get("spec")).put("replica", 2);

        assertThatThrownBy(() -> SchemaValidator.validate(deployment))
                .hasMessageContaining("replica");
    }

    @Test
    void shouldRejectAWrongValueTypeInABuiltInKind() {
        ObjectNode deployment =
                Manifests.named(Manifests.overlay("dev"), "Deployment", "listing-service");
        ((ObjectNode) deployment.get("spec")).put("replicas", "two");

        assertThatThrownBy(() -> SchemaValidator.validate(deployment))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void shouldRejectAMissingRequiredField() {
        ObjectNode service =
                Manifests.named(Manifests.overlay("dev"), "Service", "listing-service");
        ((ObjectNode) service.get("spec").get("ports").get(0)).remove("port");

        assertThatThrownBy(() -> SchemaValidator.validate(service))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void shouldRejectAMisspeltStrimziField() {
        ObjectNode topic =
                Manifests.named(Manifests.overlay("dev"), "KafkaTopic", "listing.listings.v1");
        ((ObjectNode) topic.get("spec")).put("partition", 3);

        assertThatThrownBy(() -> SchemaValidator.validate(topic)).hasMessageContaining("partition");
    }

    @Test
    void shouldRejectAMisspeltCloudNativePgField() {
        ObjectNode cluster = Manifests.named(Manifests.overlay("dev"), "Cluster", "escrow-db");
        ((ObjectNode) cluster.get("spec")).put("instance", 3);

        assertThatThrownBy(() -> SchemaValidator.validate(cluster))
                .hasMessageContaining("instance");
    }
}
