package dev.nearhand.journey.bench;

import dev.nearhand.local.EmbeddedStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** CPU time so far of each process of a running stack, read from {@code /proc}. */
final class CpuMeter {

    static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka");

    private final EmbeddedStack stack;
    private final List<String> services;

    CpuMeter(EmbeddedStack stack, List<String> services) {
        this.stack = stack;
        this.services = services;
    }

    /** User and system (kernel) CPU time of a process, in milliseconds. */
    record CpuTime(long user, long system) {

        static final CpuTime NONE = new CpuTime(0, 0);

        long total() {
            return user + system;
        }

        CpuTime plus(CpuTime other) {
            return new CpuTime(user + other.user, system + other.system);
        }

        CpuTime minus(CpuTime other) {
            return new CpuTime(user - other.user, system - other.system);
        }
    }

    /** Each service, PostgreSQL and Kafka (with their children) and this program, in that order. */
    Map<String, CpuTime> snapshot() throws IOException {
        Map<String, CpuTime> cpu = new LinkedHashMap<>();
        for (String service : services) {
            cpu.put(service, cpuTime(stack.pid(service)));
        }
        for (String infra : INFRASTRUCTURE) {
            cpu.put(
                    infra,
                    processTree(infra).stream()
                            .map(CpuMeter::cpuTime)
                            .reduce(CpuTime.NONE, CpuTime::plus));
        }
        cpu.put("bench client", cpuTime(ProcessHandle.current().pid()));
        return cpu;
    }

    /**
     * The process ids of PostgreSQL's postmaster or the Kafka broker ({@code postgres}, {@code
     * kafka}) and of all their children, as the stack's state file names the first.
     */
    List<Long> processTree(String infra) throws IOException {
        Properties state = new Properties();
        try (var in = Files.newInputStream(stack.config().layout().stateFile())) {
            state.load(in);
        }
        ProcessHandle root =
                ProcessHandle.of(Long.parseLong(state.getProperty(infra + ".pid"))).orElseThrow();
        return Stream.concat(Stream.of(root), root.descendants()).map(ProcessHandle::pid).toList();
    }

    /** utime and stime from /proc/[pid]/stat, in clock ticks of 10 ms (USER_HZ is 100 on Linux). */
    private static CpuTime cpuTime(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new CpuTime(Long.parseLong(fields[11]) * 10, Long.parseLong(fields[12]) * 10);
        } catch (IOException | RuntimeException e) {
            return CpuTime.NONE; // gone
        }
    }
}
