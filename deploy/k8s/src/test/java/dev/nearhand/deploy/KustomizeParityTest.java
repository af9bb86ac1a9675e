package dev.nearhand.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The in-process renderer gives exactly what kustomize gives. Runs where kubectl is installed (it
 * is on the project's machines); elsewhere it reports itself skipped rather than passing.
 */
class KustomizeParityTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldRenderExactlyWhatKustomizeRenders(String overlay) throws Exception {
        assumeTrue(kubectlAvailable(), "kubectl is not installed here");
        Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process process =
                new ProcessBuilder(
                                "kubectl",
                                "kustomize",
                                Manifests.ROOT.resolve("overlays/" + overlay).toString())
                        .redirectOutput(out.toFile())
                        .redirectErrorStream(false)
                        .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();

        Map<String, JsonNode> theirs = byId(Kustomize.readAll(out));
        Map<String, JsonNode> ours = byId(Manifests.overlay(overlay));

        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(theirs.keySet());
        theirs.forEach((id, doc) -> assertThat(ours.get(id)).as(id).isEqualTo(doc));
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> docs) {
        return docs.stream().collect(Collectors.toMap(Manifests::id, Function.identity()));
    }

    private static boolean kubectlAvailable() {
        try {
            Process probe =
                    new ProcessBuilder("kubectl", "version", "--client")
                            .redirectErrorStream(true)
                            .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
