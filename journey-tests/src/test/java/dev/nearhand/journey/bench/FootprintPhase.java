package dev.nearhand.journey.bench;

import static dev.nearhand.journey.bench.BenchTable.mb;
import static dev.nearhand.journey.bench.BenchTable.pssKb;
import static dev.nearhand.journey.bench.BenchTable.rssKb;
import static dev.nearhand.journey.bench.BenchTable.secs;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each process's idle memory (RSS, and PSS, which shares the class archive's pages fairly) and each
 * service's start-up: as the stack started it, and restarted alone after a SIGKILL.
 */
final class FootprintPhase {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final BenchRun run;

    FootprintPhase(BenchRun run) {
        this.run = run;
    }

    void idle() throws Exception {
        Thread.sleep(5_000); // let the just-started JVMs settle
        long total = 0;
        long totalPss = 0;
        for (String service : BenchApi.SERVICES) {
            long pid = run.stack().pid(service);
            long rss = rssKb(pid);
            total += rss;
            totalPss += pssKb(pid);
            run.table()
                    .row(
                            service + " idle RSS / started in (stack start)",
                            mb(rss) + " / " + startedIn(service) + " s",
                            "pid " + pid,
                            "< 300 MB / < 5 s");
        }
        for (String infra : CpuMeter.INFRASTRUCTURE) {
            long rss = 0;
            long pss = 0;
            List<Long> tree = run.cpu().processTree(infra);
            for (long p : tree) {
                rss += rssKb(p);
                pss += pssKb(p);
            }
            total += rss;
            totalPss += pss;
            run.table()
                    .row(
                            infra + " idle RSS",
                            mb(rss),
                            tree.size() + " process(es), PSS " + mb(pss),
                            "");
        }
        run.table().row("whole stack idle memory", mb(total) + " RSS", mb(totalPss) + " PSS", "");
    }

    /** Each service alone: SIGKILL, start again, time to ready (the others keep running). */
    void restarts() throws Exception {
        for (String service : BenchApi.SERVICES) {
            run.stack().kill(service);
            long t = System.nanoTime();
            run.stack().restart(service, Duration.ofMinutes(2));
            long took = System.nanoTime() - t;
            Thread.sleep(3_000);
            run.table()
                    .row(
                            service + " restart alone: ready / started in / RSS",
                            secs(took)
                                    + " / "
                                    + startedIn(service)
                                    + " s / "
                                    + mb(rssKb(run.stack().pid(service))),
                            "process start -> readiness OK",
                            "< 5 s / < 300 MB");
        }
    }

    /** Quarkus's last "started in" figure in the service's log. */
    private String startedIn(String service) throws IOException {
        String last = "?";
        for (String line : Files.readAllLines(run.stack().log(service))) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                last = m.group(1);
            }
        }
        return last;
    }
}
