package dev.nearhand.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * CloudNativePG publishes no Java model on Maven Central, so a Cluster is checked by hand against
 * the operator's API reference (postgresql.cnpg.io/v1, operator 1.27): the required fields must be
 * present with the right types, and every field at the levels these manifests use must be one the
 * operator knows, so a misspelling fails here rather than being ignored.
 */
final class CloudNativePgCluster {

    private static final Map<String, Set<String>> KNOWN_FIELDS =
            Map.of(
                    "$", Set.of("apiVersion", "kind", "metadata", "spec"),
                    "$.spec",
                            Set.of(
                                    "instances",
                                    "imageName",
                                    "storage",
                                    "walStorage",
                                    "bootstrap",
                                    "postgresql",
                                    "resources",
                                    "affinity",
                                    "monitoring",
                                    "backup",
                                    "primaryUpdateStrategy",
                                    "primaryUpdateMethod",
                                    "enableSuperuserAccess",
                                    "superuserSecret",
                                    "description",
                                    "minSyncReplicas",
                                    "maxSyncReplicas",
                                    "topologySpreadConstraints",
                                    "priorityClassName",
                                    "managed"),
                    "$.spec.storage",
                            Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate"),
                    "$.spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
                    "$.spec.bootstrap.initdb",
                            Set.of(
                                    "database",
                                    "owner",
                                    "secret",
                                    "encoding",
                                    "localeCollate",
                                    "localeCType",
                                    "locale",
                                    "localeProvider",
                                    "dataChecksums",
                                    "postInitSQL",
                                    "postInitApplicationSQL",
                                    "postInitTemplateSQL",
                                    "postInitApplicationSQLRefs",
                                    "options",
                                    "walSegmentSize"));

    private CloudNativePgCluster() {}

    static void validate(JsonNode doc) {
        if (!"postgresql.cnpg.io/v1".equals(doc.path("apiVersion").asText())) {
            throw new IllegalArgumentException("apiVersion must be postgresql.cnpg.io/v1");
        }
        KNOWN_FIELDS.forEach((path, known) -> checkFields(at(doc, path), path, known));
        JsonNode spec = doc.path("spec");
        require(
                spec.path("instances").isInt() && spec.path("instances").asInt() >= 1,
                "spec.instances must be an integer >= 1");
        require(
                spec.path("storage").path("size").isTextual(),
                "spec.storage.size must be a quantity such as 10Gi");
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        require(
                initdb.path("database").isTextual() && initdb.path("owner").isTextual(),
                "bootstrap.initdb needs database and owner");
        for (JsonNode statement : initdb.path("postInitApplicationSQL")) {
            require(statement.isTextual(), "postInitApplicationSQL holds SQL strings");
        }
        require(doc.path("metadata").path("name").isTextual(), "metadata.name is required");
    }

    private static JsonNode at(JsonNode doc, String path) {
        JsonNode node = doc;
        for (String part : path.split("\\.")) {
            if (!part.equals("$")) {
                node = node.path(part);
            }
        }
        return node;
    }

    private static void checkFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            require(known.contains(field), "unknown field " + path + "." + field);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
