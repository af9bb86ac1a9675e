package dev.nearhand.journey.bench;

import dev.nearhand.journey.bench.CpuMeter.CpuTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's one table: each phase adds rows as it measures (also printed at once, so a run
 * that fails half-way still shows what it got) and the table is printed whole at the end.
 */
final class BenchTable {

    private final Map<String, String[]> rows = new LinkedHashMap<>();

    void row(String what, String value, String note, String target) {
        rows.put(what, new String[] {value, note, target});
        System.out.printf(Locale.ROOT, "[bench] %s: %s %s%n", what, value, note);
    }

    void print() {
        int w = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
        int v = rows.values().stream().mapToInt(r -> r[0].length()).max().orElse(10);
        int t = Math.max(6, rows.values().stream().mapToInt(r -> r[2].length()).max().orElse(6));
        String fmt = "| %-" + w + "s | %-" + v + "s | %-" + t + "s | %s |%n";
        System.out.println();
        System.out.printf(Locale.ROOT, fmt, "measure", "result", "target", "notes");
        System.out.printf(Locale.ROOT, fmt, "-".repeat(w), "-".repeat(v), "-".repeat(t), "---");
        rows.forEach((k, r) -> System.out.printf(Locale.ROOT, fmt, k, r[0], r[2], r[1]));
    }

    /**
     * CPU each process spent per measured unit (escrow cycle, pair, search request): on a machine
     * shared with other work, throughput says little on its own, while this cost is what bounds it
     * (2 idle cores give 2,000 ms/s).
     */
    double cpuPerUnit(
            String label, Map<String, CpuTime> before, Map<String, CpuTime> after, int units) {
        if (units == 0) {
            return 0;
        }
        StringBuilder parts = new StringBuilder();
        double total = 0;
        double kernel = 0;
        for (String process : after.keySet()) {
            CpuTime spent = after.get(process).minus(before.get(process));
            double ms = spent.total() / (double) units;
            double sys = spent.system() / (double) units;
            total += ms;
            kernel += sys;
            parts.append(String.format(Locale.ROOT, "%s %.1f (sys %.1f), ", process, ms, sys));
        }
        row(
                label,
                String.format(Locale.ROOT, "%.1f ms (sys %.1f)", total, kernel),
                parts
                        + String.format(
                                Locale.ROOT,
                                "so at most %.0f/s on %d idle cores",
                                cpus() * 1000 / total,
                                cpus()),
                "");
        return total;
    }

    /** The {@code percentile}th of durations in nanoseconds, in milliseconds; "-" when none. */
    static String p(Collection<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1e6);
    }

    static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    static String mb(long kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    static String load() {
        try {
            return "loadavg " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String memory() {
        long kb = procField("/proc/meminfo", "MemTotal:");
        return String.format(Locale.ROOT, "%.0f GiB", kb / 1048576.0);
    }

    static long rssKb(long pid) {
        return procField("/proc/" + pid + "/status", "VmRSS:");
    }

    static long pssKb(long pid) {
        return procField("/proc/" + pid + "/smaps_rollup", "Pss:");
    }

    /** The number on a {@code field} line of a /proc file; 0 when the process is gone. */
    private static long procField(String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or unreadable
        }
        return 0;
    }
}
