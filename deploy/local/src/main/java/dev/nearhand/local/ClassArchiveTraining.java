package dev.nearhand.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A build step (this module's {@code package} phase): starts the built services once on a stack of
 * their own, each recording every class it loads until it stops, and puts the recording in place of
 * the archive Quarkus wrote at package time.
 *
 * <p>Why: Quarkus's archive holds the classes loaded up to runtime init, about 6,300 of a service's
 * 10,000; Hibernate, Flyway, the Kafka clients and the HTTP routes are still read from the jars,
 * parsed and verified at every start. Restarted alone on this 2-core machine, listing-service was
 * ready in 2.5-2.8 s with the recorded archive against 3.2-3.4 s with Quarkus's, on 3.8 s of CPU
 * instead of 4.5 s (BENCHMARKS.md).
 *
 * <p>A recording is kept only from a service that stopped cleanly, since the JVM writes it on the
 * way out; otherwise, or if the stack does not start, the build's archive stays and the build goes
 * on. The archive belongs to the JDK that wrote it: another JDK ignores it with a warning.
 */
final class ClassArchiveTraining {

    private static final Duration START = Duration.ofMinutes(3);

    /** Writing a recording takes a service some 5 s of CPU as it exits. */
    private static final Duration STOP = Duration.ofMinutes(1);

    /** How a JVM ends after SIGTERM, its shutdown hooks and the archive written. */
    private static final int EXIT_ON_SIGTERM = 143;

    private ClassArchiveTraining() {}

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<ServiceSpec> built =
                ServiceSpec.ALL.stream()
                        .filter(service -> Files.isRegularFile(service.jar(root)))
                        .toList();
        if (built.isEmpty()) {
            System.out.println("class archive training: no service is built; nothing to record");
            return;
        }
        StackLayout layout =
                new StackLayout(root, root.resolve("deploy/local/target/class-archive-training"));
        StackConfig config =
                StackConfig.defaults(layout, built).onFreePorts().withClassArchiveTraining();
        try {
            train(config);
        } catch (Exception e) {
            System.out.println(
                    "class archive training failed, the services keep the build's archives: " + e);
            built.forEach(service -> discard(service, config));
        }
    }

    private static void train(StackConfig config) throws Exception {
        EmbeddedStack stack = EmbeddedStack.start(config, START);
        try {
            for (ServiceSpec service : config.services()) {
                stopWritingRecording(stack.endingOnPurpose(service.name()));
            }
        } finally {
            stack.close();
        }
        for (ServiceSpec service : config.services()) {
            int exit = stack.process(service.name()).exitValue();
            Path recorded = ServiceLauncher.trainingArchive(service, config);
            if (isComplete(exit, recorded)) {
                Files.move(
                        recorded,
                        ServiceLauncher.appCdsArchive(service, config),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                System.out.println("class archive training: recorded " + service.name());
            } else {
                System.out.println(
                        "class archive training: "
                                + service.name()
                                + " left no complete recording (exit code "
                                + exit
                                + "); it keeps the build's archive");
                discard(service, config);
            }
        }
    }

    /**
     * Whether a stopped service's recording can replace its archive: the JVM writes it last thing
     * before a normal exit, so a process killed or crashed may have left it half written.
     */
    static boolean isComplete(int exitCode, Path recording) throws IOException {
        return (exitCode == 0 || exitCode == EXIT_ON_SIGTERM)
                && Files.isRegularFile(recording)
                && Files.size(recording) > 0;
    }

    /**
     * SIGTERM, and time to write the recording: one service after the other, since together they
     * outlast the stack's usual grace period on 2 cores.
     */
    private static void stopWritingRecording(Process service) throws InterruptedException {
        service.destroy();
        if (!service.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            service.destroyForcibly().waitFor();
        }
    }

    private static void discard(ServiceSpec service, StackConfig config) {
        try {
            Files.deleteIfExists(ServiceLauncher.trainingArchive(service, config));
        } catch (IOException e) {
            System.out.println("class archive training: could not delete a recording: " + e);
        }
    }
}
