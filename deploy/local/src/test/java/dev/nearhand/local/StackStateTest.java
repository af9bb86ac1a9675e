package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file and the log helpers that down, status and up rely on. */
class StackStateTest {

    @TempDir Path dir;

    @Test
    void roundTripsProcessesStagesAndServices() throws Exception {
        StackState state = new StackState();
        state.putProcess(StackState.SUPERVISOR, ProcessHandle.current());
        state.putProcess(StackState.KAFKA, ProcessHandle.current());
        state.markReady(StackState.KAFKA);
        state.setServices(List.of(ServiceSpec.byName("escrow")));
        state.setStage("running");
        Path file = dir.resolve("state.properties");
        state.write(file);

        StackState read = StackState.read(file).orElseThrow();

        assertThat(read.processNames()).containsExactly("supervisor", "kafka");
        assertThat(read.liveProcess(StackState.SUPERVISOR)).contains(ProcessHandle.current());
        assertThat(read.isReady(StackState.KAFKA)).isTrue();
        assertThat(read.isReady(StackState.POSTGRES)).isFalse();
        assertThat(read.services()).extracting(ServiceSpec::name).containsExactly("escrow-service");
        assertThat(read.stage()).isEqualTo("running");
        assertThat(StackState.read(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void aRecycledPidIsNotMistakenForOurs() throws Exception {
        Path file = dir.resolve("state.properties");
        Files.writeString(
                file,
                "processes=kafka\nkafka.pid="
                        + ProcessHandle.current().pid()
                        + "\nkafka.started=1000\n");

        assertThat(StackState.read(file).orElseThrow().liveProcess(StackState.KAFKA)).isEmpty();
    }

    @Test
    void readsTheLastLinesFromTheEnd() throws Exception {
        Path log = dir.resolve("x.log");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            text.append("line ").append(i).append('\n');
        }
        Files.writeString(log, text);

        assertThat(LogFiles.lastLines(log, 3))
                .containsExactly("line 4998", "line 4999", "line 5000");
        assertThat(LogFiles.lastLines(log, 0)).isEmpty();
        Files.writeString(log, "only\nno newline at the end");
        assertThat(LogFiles.lastLines(log, 20)).containsExactly("only", "no newline at the end");
        assertThat(LogFiles.lastLines(dir.resolve("missing.log"), 20)).isEmpty();
    }

    @Test
    void rotationKeepsThePreviousRun() throws Exception {
        Path log = dir.resolve("logs/kafka.log");
        LogFiles.rotate(log);
        Files.writeString(log, "first run\n");

        LogFiles.rotate(log);

        assertThat(log).isEmptyFile();
        assertThat(dir.resolve("logs/kafka.log.1")).hasContent("first run");
        assertThat(LogsCommand.canonical("listing")).isEqualTo("listing-service");
        assertThat(LogsCommand.canonical("pg")).isEqualTo("postgres");
        assertThat(LogsCommand.canonical("kafka.log")).isEqualTo("kafka");
    }
}
