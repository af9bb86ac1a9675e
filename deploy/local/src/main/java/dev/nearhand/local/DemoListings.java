package dev.nearhand.local;

import static dev.nearhand.local.DemoApi.LISTING;
import static dev.nearhand.local.DemoApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.local.DemoApi.Answer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo's shops and listings on listing-service, as their owners. */
final class DemoListings {

    private final DemoApi api;

    DemoListings(DemoApi api) {
        this.api = api;
    }

    /**
     * Opens (or updates) the shop and publishes what it does not list yet; the listing ids in plan
     * order.
     */
    List<String> open(DemoPlan.Shop shop, AtomicInteger created)
            throws IOException, InterruptedException {
        ObjectNode body = api.object();
        body.put("displayName", shop.displayName());
        body.put("bio", shop.bio());
        body.putArray("languages").add("zh-Hant").add("en");
        body.putObject("location").put("lat", shop.lat()).put("lon", shop.lon());
        body.put("serviceRadiusKm", 3);
        expect(
                api.send("PUT", LISTING + "/api/shops/me", shop.userId(), null, body),
                "open shop " + shop.userId());
        Answer mine =
                expect(
                        api.send("GET", LISTING + "/api/shops/me", shop.userId(), null, null),
                        "read shop");
        Map<String, String> existing = new HashMap<>();
        for (JsonNode listing : api.read(mine).path("listings")) {
            if (!listing.path("status").asText().equals("WITHDRAWN")) {
                existing.put(listing.path("title").asText(), listing.path("id").asText());
            }
        }
        List<String> ids = new ArrayList<>();
        for (DemoPlan.Offer offer : shop.offers()) {
            String id = existing.get(offer.title());
            if (id == null) {
                id = publish(shop, offer);
                created.incrementAndGet();
            }
            ids.add(id);
        }
        return ids;
    }

    private String publish(DemoPlan.Shop shop, DemoPlan.Offer offer)
            throws IOException, InterruptedException {
        ObjectNode listing = api.object();
        listing.put("kind", offer.kind());
        listing.put("title", offer.title());
        listing.put("description", offer.description());
        listing.put("category", offer.category());
        ArrayNode tags = listing.putArray("tags");
        offer.tags().forEach(tags::add);
        listing.putObject("price")
                .put("amount", offer.price().toPlainString())
                .put("currency", DemoPlan.CURRENCY)
                .put("unit", offer.unit());
        if (offer.quantity() != null) {
            listing.put("quantity", offer.quantity());
        }
        Answer answer =
                expect(
                        api.send("POST", LISTING + "/api/listings", shop.userId(), null, listing),
                        "publish " + offer.title());
        return api.read(answer).path("id").asText();
    }
}
