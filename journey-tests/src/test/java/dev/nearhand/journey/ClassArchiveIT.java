package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services start from their build's class-data archive (recorded by local-stack's
 * ClassArchiveTraining, else Quarkus's): a JVM that rejects an archive, because it belongs to
 * another JDK or to other jars, says so once and starts without it, slower, so only its memory map
 * tells.
 */
@ExtendWith(JourneyStack.class)
class ClassArchiveIT {

    @Test
    void shouldRunEveryServiceWithItsClassArchiveMapped() throws Exception {
        for (String service :
                List.of(Listings.SERVICE, Search.SERVICE, Escrows.SERVICE, Reputation.SERVICE)) {
            Path archive =
                    Path.of(System.getProperty("nearhand.root", ".."))
                            .resolve(service)
                            .resolve("target/quarkus-app/app-cds.jsa")
                            .toRealPath();
            String maps =
                    Files.readString(
                            Path.of("/proc/" + JourneyStack.stack().pid(service) + "/maps"));

            assertThat(maps).as(service).contains(archive.toString());
        }
    }
}
