package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which recordings may replace a service's class archive. */
class ClassArchiveTrainingTest {

    @TempDir Path dir;

    @Test
    void keepsTheRecordingOfACleanStopOnly() throws Exception {
        Path recording = dir.resolve("app-cds.jsa.training");
        Files.writeString(recording, "archive");

        assertThat(ClassArchiveTraining.isComplete(143, recording)).isTrue();
        assertThat(ClassArchiveTraining.isComplete(0, recording)).isTrue();
        assertThat(ClassArchiveTraining.isComplete(137, recording)).as("SIGKILL").isFalse();
        assertThat(ClassArchiveTraining.isComplete(1, recording)).as("failed").isFalse();
    }

    @Test
    void refusesAMissingOrEmptyRecording() throws Exception {
        Path recording = dir.resolve("app-cds.jsa.training");

        assertThat(ClassArchiveTraining.isComplete(143, recording)).isFalse();
        Files.createFile(recording);
        assertThat(ClassArchiveTraining.isComplete(143, recording)).isFalse();
    }
}
