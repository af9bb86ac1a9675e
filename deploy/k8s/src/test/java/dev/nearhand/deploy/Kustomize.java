package dev.nearhand.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.flipkart.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization offline, in-process, so the tests need no kubectl: the subset of
 * kustomize these manifests use (resources, JSON 6902 patches by kind and name, labels, namespace).
 * Any other kustomization field fails loudly instead of being ignored; {@link KustomizeParityTest}
 * checks the output against the real kustomize where it is installed.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "patches", "labels", "namespace");

    private Kustomize() {}

    static List<ObjectNode> render(Path dir) {
        JsonNode kustomization = readTree(dir.resolve("kustomization.yaml"));
        kustomization
                .fieldNames()
                .forEachRemaining(
                        field -> {
                            if (!SUPPORTED.contains(field)) {
                                throw new IllegalArgumentException(
                                        "unsupported kustomization field " + field + " in " + dir);
                            }
                        });
        List<ObjectNode> docs = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            docs.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(docs, patch, dir);
        }
        for (JsonNode label : kustomization.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false)) {
                throw new IllegalArgumentException(
                        "labels with includeSelectors are not supported");
            }
            docs.forEach(
                    doc -> metadata(doc).with("labels").setAll((ObjectNode) label.get("pairs")));
        }
        if (kustomization.has("namespace")) {
            docs.forEach(
                    doc -> metadata(doc).put("namespace", kustomization.get("namespace").asText()));
        }
        return docs;
    }

    static List<ObjectNode> readAll(Path file) {
        List<ObjectNode> docs = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.toFile())) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    docs.add((ObjectNode) doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return docs;
    }

    private static void applyPatch(List<ObjectNode> docs, JsonNode patch, Path dir) {
        JsonNode ops =
                patch.has("path")
                        ? readTree(dir.resolve(patch.get("path").asText()))
                        : parse(patch.get("patch").asText());
        JsonNode target = patch.get("target");
        int matched = 0;
        for (int i = 0; i < docs.size(); i++) {
            ObjectNode doc = docs.get(i);
            if (matches(doc, target)) {
                docs.set(i, (ObjectNode) JsonPatch.apply(ops, doc));
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException("patch target matches nothing: " + target);
        }
    }

    private static boolean matches(ObjectNode doc, JsonNode target) {
        return (!target.has("kind")
                        || target.get("kind").asText().equals(doc.path("kind").asText()))
                && (!target.has("name")
                        || target.get("name")
                                .asText()
                                .equals(doc.path("metadata").path("name").asText()));
    }

    private static ObjectNode metadata(ObjectNode doc) {
        return doc.with("metadata");
    }

    private static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse an inline patch", e);
        }
    }
}
