package dev.nearhand.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The stack's fixed local ports, and the check that all are free before anything starts. */
final class Ports {

    static final int POSTGRES = 15432;
    static final int KAFKA_BROKER = 19092;
    static final int KAFKA_CONTROLLER = 19093;

    /** A port and the component that wants it, so that an error can say who needed it. */
    record Claim(int port, String owner) {}

    private Ports() {}

    static List<Claim> claims(List<ServiceSpec> services) {
        return claims(StackConfig.defaults(null, services));
    }

    static List<Claim> claims(StackConfig config) {
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim(config.postgresPort(), "PostgreSQL"));
        claims.add(new Claim(config.kafkaPort(), "Kafka broker"));
        claims.add(new Claim(config.kafkaControllerPort(), "Kafka controller"));
        config.services().forEach(service -> claims.add(new Claim(service.port(), service.name())));
        return claims;
    }

    /**
     * Fails with one line per taken port; checked before starting anything, so a conflict starts
     * nothing.
     */
    static void requireFree(List<Claim> claims) {
        List<Claim> taken = claims.stream().filter(claim -> !isFree(claim.port())).toList();
        if (taken.isEmpty()) {
            return;
        }
        String lines =
                taken.stream()
                        .map(
                                claim ->
                                        "port "
                                                + claim.port()
                                                + " (wanted by "
                                                + claim.owner()
                                                + ") is already in use on 127.0.0.1")
                        .collect(Collectors.joining("\n  "));
        throw CliException.failure(
                "cannot start:\n  "
                        + lines
                        + "\nStop whatever holds it (find it with: ss -ltnp 'sport = :"
                        + taken.get(0).port()
                        + "'), or run ./nearhand down if it is a Nearhand left over, then run ./nearhand up again.");
    }

    /** A bind test on the loopback address every component listens on. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same as the servers themselves: a port in TIME_WAIT is usable, a listening one is
            // not.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
