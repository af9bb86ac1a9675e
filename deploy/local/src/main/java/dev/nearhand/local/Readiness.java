package dev.nearhand.local;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;

/** Cheap probes: does a local port accept connections, what HTTP status does a URL answer. */
final class Readiness {

    private static final int TIMEOUT_MILLIS = 1_000;

    private Readiness() {}

    static boolean tcp(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The status code, or -1 when nothing answers. */
    static int httpStatus(String url) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(2 * TIMEOUT_MILLIS);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    static boolean httpOk(String url) {
        return httpStatus(url) == 200;
    }
}
