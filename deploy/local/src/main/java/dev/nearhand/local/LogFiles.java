package dev.nearhand.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The stack's log files: one per component, the last run's kept as {@code .log.1}. */
final class LogFiles {

    private LogFiles() {}

    /** Each run starts a fresh log; the previous one stays next to it for a post-mortem. */
    static void rotate(Path log) throws IOException {
        if (Files.exists(log)) {
            Files.move(
                    log,
                    log.resolveSibling(log.getFileName() + ".1"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(log.getParent());
        Files.createFile(log);
    }

    /**
     * The last {@code count} lines, reading backwards so that a large Kafka log costs no more than
     * a small one.
     */
    static List<String> lastLines(Path file, int count) throws IOException {
        if (count <= 0 || !Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            long start = end;
            int newlines = 0;
            byte[] block = new byte[8192];
            // One newline more than lines wanted, ignoring a trailing one, marks where the last
            // lines begin.
            while (start > 0 && newlines <= count) {
                int size = (int) Math.min(block.length, start);
                start -= size;
                in.seek(start);
                in.readFully(block, 0, size);
                for (int i = size - 1; i >= 0; i--) {
                    if (block[i] == '\n' && start + i != end - 1 && ++newlines > count) {
                        start = start + i + 1;
                        break;
                    }
                }
            }
            byte[] tail = new byte[(int) (end - start)];
            in.seek(start);
            in.readFully(tail);
            List<String> lines =
                    new ArrayList<>(
                            Arrays.asList(
                                    new String(tail, StandardCharsets.UTF_8).split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines.size() > count ? lines.subList(lines.size() - count, lines.size()) : lines;
        }
    }
}
