package dev.nearhand.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** Where the manifests are, and the rendered documents of each overlay. */
final class Manifests {

    /**
     * The module directory (Surefire runs tests there), whose base/ and overlays/ are the
     * manifests.
     */
    static final Path ROOT = Path.of("").toAbsolutePath();

    static final Path REPOSITORY = ROOT.resolve("../..").normalize();

    static final List<String> OVERLAYS = List.of("dev", "prod");

    static final List<String> SERVICES = List.of("listing", "matching", "escrow", "reputation");

    private Manifests() {}

    static List<ObjectNode> overlay(String name) {
        return Kustomize.render(ROOT.resolve("overlays").resolve(name));
    }

    static List<ObjectNode> ofKind(List<ObjectNode> docs, String kind) {
        return docs.stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
    }

    static ObjectNode named(List<ObjectNode> docs, String kind, String name) {
        return ofKind(docs, kind).stream()
                .filter(doc -> name.equals(doc.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String id(JsonNode doc) {
        return doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText();
    }

    static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
