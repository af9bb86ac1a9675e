package dev.nearhand.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The port check that runs before anything starts. */
class PortsTest {

    @Test
    void aTakenPortIsAnErrorNamingThePortAndWhoWantedIt() throws Exception {
        int free = FreePorts.next();
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int taken = squatter.getLocalPort();
            List<Ports.Claim> claims =
                    List.of(
                            new Ports.Claim(free, "kafka"),
                            new Ports.Claim(taken, "listing-service"));

            assertThatThrownBy(() -> Ports.requireFree(claims))
                    .isInstanceOfSatisfying(
                            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
                    .hasMessageContaining(
                            "port " + taken + " (wanted by listing-service) is already in use")
                    .hasMessageNotContaining("port " + free);
        }
    }

    @Test
    void freePortsPass() {
        assertThatCode(
                        () ->
                                Ports.requireFree(
                                        List.of(new Ports.Claim(FreePorts.next(), "postgres"))))
                .doesNotThrowAnyException();
    }

    @Test
    void theStackClaimsItsFixedPortsAndOneForEachService() {
        assertThat(Ports.claims(ServiceSpec.ALL))
                .extracting(Ports.Claim::port)
                .containsExactly(15432, 19092, 19093, 8081, 8082, 8083, 8084);
        assertThat(Ports.claims(List.of()))
                .extracting(Ports.Claim::owner)
                .containsExactly("PostgreSQL", "Kafka broker", "Kafka controller");
    }
}
