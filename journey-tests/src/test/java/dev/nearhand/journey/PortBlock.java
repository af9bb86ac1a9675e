package dev.nearhand.journey;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.stream.IntStream;

/**
 * Ten consecutive free ports in 21000-29999, away from {@code ./nearhand}'s fixed ones and from the
 * ephemeral range, so a developer's running stack and the test stack never collide.
 */
record PortBlock(int base) {

    private static final int SIZE = 10;

    static PortBlock findFree() {
        return IntStream.iterate(
                        21_000 + (int) (ProcessHandle.current().pid() % 90) * 100, b -> b + 100)
                .limit(200)
                .map(b -> 21_000 + (b - 21_000) % 9_000)
                .mapToObj(PortBlock::new)
                .filter(PortBlock::allFree)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no free block of ports in 21000-29999"));
    }

    int port(int index) {
        return base + index;
    }

    private boolean allFree() {
        return IntStream.range(0, SIZE).allMatch(i -> isFree(base + i));
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
