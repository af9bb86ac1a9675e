package dev.nearhand.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/**
 * What {@code ./nearhand demo} prints: the plan, each phase as it ends with the seconds since the
 * start, and at the end what the services show and what to try next.
 */
final class DemoProgress {

    private static final String TRY_THIS =
            """
            T=$(./nearhand token guest --kyc id); J='Content-Type: application/json'
            curl -s -w '\\n' 'http://127.0.0.1:8082/api/search?lat=25.0339&lon=121.5645&radiusKm=2&q=bike'    # near Taipei 101
            curl -s -w '\\n' 'http://127.0.0.1:8082/api/guide-price?category=space.room&unit=DAY&lat=25.0339&lon=121.5645'
            L=$(curl -s 'http://127.0.0.1:8082/api/search?lat=25.0339&lon=121.5645&q=queue' | grep -o '"listingId":"[^"]*' | head -1 | cut -d'"' -f4)
            curl -s -w '\\n' -H "Authorization: Bearer $T" -H "$J" -H 'Idempotency-Key: top-up-1' -d '{"amount":"5000","currency":"TWD"}' http://127.0.0.1:8083/api/wallets/me/top-ups
            E=$(curl -s -H "Authorization: Bearer $T" -H "$J" -H "Idempotency-Key: buy-$L" -d "{\\"listingId\\":\\"$L\\"}" http://127.0.0.1:8083/api/escrows | grep -o '"id":"[^"]*' | head -1 | cut -d'"' -f4)
            curl -s -w '\\n' -X POST -H "Authorization: Bearer $T" -H "Idempotency-Key: confirm-$E" http://127.0.0.1:8083/api/escrows/$E/confirm
            S=$(./nearhand token "$(curl -s -H "Authorization: Bearer $T" http://127.0.0.1:8083/api/escrows/$E | grep -o '"sellerId":"[^"]*' | cut -d'"' -f4)")
            for step in accept deliver; do curl -s -w '\\n' -X POST -H "Authorization: Bearer $S" http://127.0.0.1:8083/api/escrows/$E/$step; done
            curl -s -w '\\n' -X POST -H "Authorization: Bearer $T" -H "Idempotency-Key: release-$E" http://127.0.0.1:8083/api/escrows/$E/release
            R=$(curl -s 'http://127.0.0.1:8082/api/search?lat=25.0339&lon=121.5645&category=space.room&sort=price' | grep -o '"listingId":"[^"]*' | head -1 | cut -d'"' -f4)    # the cheapest spare room nearby
            D=$(date -u -d '+7 days' +%F 2>/dev/null || date -u -v+7d +%F)    # a week from today
            curl -s -w '\\n' -H "Authorization: Bearer $T" -H "$J" -H 'Idempotency-Key: top-up-2' -d '{"amount":"10000","currency":"TWD"}' http://127.0.0.1:8083/api/wallets/me/top-ups
            B=$(curl -s -H "Authorization: Bearer $T" -H "$J" -H "Idempotency-Key: stay-$R-$D" -d "{\\"listingId\\":\\"$R\\",\\"quantity\\":2,\\"startDate\\":\\"$D\\"}" http://127.0.0.1:8083/api/escrows | grep -o '"id":"[^"]*' | head -1 | cut -d'"' -f4)
            curl -s -w '\\n' -X POST -H "Authorization: Bearer $T" http://127.0.0.1:8083/api/escrows/$B/confirm    # two nights booked and paid into escrow
            curl -s -w '\\n' "http://127.0.0.1:8083/api/bookings?listingId=$R"    # the room's calendar: anyone may read it
            P=$(curl -s 'http://127.0.0.1:8082/api/search?lat=25.0339&lon=121.5645&radiusKm=5&category=space.parking' | grep -o '"listingId":"[^"]*' | head -1 | cut -d'"' -f4)    # a parking space lent by the hour
            C=$(curl -s -H "Authorization: Bearer $T" -H "$J" -H "Idempotency-Key: park-$P-$D" -d "{\\"listingId\\":\\"$P\\",\\"quantity\\":3,\\"startAt\\":\\"${D}T09:00:00Z\\"}" http://127.0.0.1:8083/api/escrows | grep -o '"id":"[^"]*' | head -1 | cut -d'"' -f4)
            curl -s -w '\\n' -X POST -H "Authorization: Bearer $T" http://127.0.0.1:8083/api/escrows/$C/confirm    # three hours from 09:00 UTC that day, paid into escrow
            curl -s -w '\\n' "http://127.0.0.1:8083/api/bookings?listingId=$P&from=$D"    # its busy times: anyone may read them
            """;

    private final PrintStream out;
    private final long started = System.nanoTime();

    DemoProgress(PrintStream out) {
        this.out = out;
    }

    void planned(DemoPlan plan) {
        out.println(
                "Seeding the demo city (Taipei): "
                        + plan.shops().size()
                        + " shops, "
                        + plan.offerCount()
                        + " listings, "
                        + plan.trades().size()
                        + " trades by "
                        + plan.buyers().size()
                        + " buyers.");
        out.println("  " + DemoPlan.ATTRIBUTION);
    }

    void shopsReady(int createdListings, int offers) {
        out.printf(
                "  shops and listings ready (%d listings new, %d already there)   %5.1f s%n",
                createdListings, offers - createdListings, seconds());
    }

    void tradesReleased(int trades, int replayed) {
        out.printf(
                "  trades released (%d new, %d already there)               %5.1f s%n",
                trades - replayed, replayed, seconds());
    }

    void reviewsWritten(int written, int trades) {
        out.printf(
                "  reviews written (%d new, %d already there)              %5.1f s%n",
                written, 2 * trades - written, seconds());
    }

    void done(JsonNode guide, String seller, JsonNode credit) {
        out.printf("Done in %.1f s.%n", seconds());
        out.println(
                "  guide price space.room/DAY near Taipei 101: "
                        + (guide.path("insufficientData").asBoolean(true)
                                ? "not yet available"
                                : guide.path("low").asText()
                                        + " / "
                                        + guide.path("median").asText()
                                        + " / "
                                        + guide.path("high").asText()
                                        + " "
                                        + guide.path("currency").asText()
                                        + " ("
                                        + guide.path("basis").asText()
                                        + ", "
                                        + guide.path("sampleSize").asText()
                                        + " samples within "
                                        + guide.path("radiusKm").asText()
                                        + " km)"));
        out.println(
                "  credit of "
                        + seller
                        + ": transaction "
                        + credit.path("transaction").asText()
                        + ", tier "
                        + credit.path("tier").asText()
                        + ", completed trades "
                        + credit.path("completedTrades").asText());
        out.println();
        out.println("Try this (from the repository root; README.md, \"Try this\"):");
        TRY_THIS.lines().forEach(line -> out.println("  " + line));
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
