package dev.nearhand.local;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** What {@code up} prints once all is ready: where each service lives and what to try next. */
final class UpSummary {

    private final StackLayout layout;
    private final PrintStream out;

    UpSummary(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    void print(List<ServiceSpec> services, double seconds) {
        out.printf(Locale.ROOT, "%nNearhand is up (%.1f s).%n%n", seconds);
        if (!services.isEmpty()) {
            out.printf(Locale.ROOT, "  %-20s %-28s %s%n", "SERVICE", "API", "SWAGGER UI");
            for (ServiceSpec service : services) {
                out.printf(
                        Locale.ROOT,
                        "  %-20s %-28s %s%n",
                        service.name(),
                        service.apiUrl(),
                        service.swaggerUrl());
            }
            out.println();
        }
        out.printf(
                Locale.ROOT,
                "  %-20s 127.0.0.1:%d  databases listing, matching, escrow, reputation%n",
                "PostgreSQL",
                Ports.POSTGRES);
        out.printf(
                Locale.ROOT,
                "  %-20s (user and password = database name; superuser postgres, no password)%n",
                "");
        out.printf(Locale.ROOT, "  %-20s 127.0.0.1:%d%n", "Kafka", Ports.KAFKA_BROKER);
        out.printf(Locale.ROOT, "  %-20s %s%n", "Logs", layout.display(layout.logsDir()));
        out.println();
        out.println("What to try next:");
        out.println(
                "  ./nearhand token alice --kyc id      # a JWT for user alice (ID verified), valid 24 h");
        if (services.stream().anyMatch(service -> service.port() == 8081)) {
            out.println("  curl http://127.0.0.1:8081/api/categories");
        }
        if (services.stream().anyMatch(service -> service.port() == 8083)) {
            out.println(
                    "  curl -H \"Authorization: Bearer $(./nearhand token alice)\" http://127.0.0.1:8083/api/wallets/me");
        }
        out.println("  ./nearhand status | ./nearhand logs listing-service | ./nearhand down");
    }
}
