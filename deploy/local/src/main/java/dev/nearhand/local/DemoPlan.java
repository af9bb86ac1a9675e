package dev.nearhand.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What {@code ./nearhand demo} creates, computed from the Inside Airbnb extract alone (no stack
 * needed, deterministic): shops for a few hundred hosts with their spare rooms as {@code ITEM}
 * listings, generated service, knowledge and time offers, and the trades to complete.
 *
 * <p>Data: Inside Airbnb (http://insideairbnb.com), CC BY 4.0. Only the columns name, host_id,
 * neighbourhood, latitude, longitude, room_type and price are used; hosts get pseudonyms.
 */
final class DemoPlan {

    static final String ATTRIBUTION =
            "Spare rooms from Inside Airbnb (http://insideairbnb.com), Taipei, CC BY 4.0; hosts renamed.";
    static final String CURRENCY = "TWD";

    /** One listing to publish. {@code quantity} only for ITEM. */
    record Offer(
            String kind,
            String category,
            String unit,
            String title,
            String description,
            List<String> tags,
            BigDecimal price,
            Integer quantity) {}

    /** One shop: the Airbnb host's (pseudonymous) user id, name and position, and its offers. */
    record Shop(
            String userId,
            String displayName,
            String bio,
            double lat,
            double lon,
            List<Offer> offers) {}

    /** Buyer {@code buyer} buys offer {@code offer} of shop {@code shop}, then both review. */
    record Trade(
            int number, String buyer, int shop, int offer, int buyerRating, int sellerRating) {}

    private final List<Shop> shops;
    private final List<String> buyers;
    private final List<Trade> trades;

    private DemoPlan(List<Shop> shops, List<String> buyers, List<Trade> trades) {
        this.shops = List.copyOf(shops);
        this.buyers = List.copyOf(buyers);
        this.trades = List.copyOf(trades);
    }

    List<Shop> shops() {
        return shops;
    }

    List<String> buyers() {
        return buyers;
    }

    List<Trade> trades() {
        return trades;
    }

    /** All the shops' offers: the listings to publish. */
    int offerCount() {
        return shops.stream().mapToInt(s -> s.offers().size()).sum();
    }

    static DemoPlan fromCsv(Path csv, int shopCount, int buyerCount) throws IOException {
        return fromCsv(Files.readString(csv, StandardCharsets.UTF_8), shopCount, buyerCount);
    }

    static DemoPlan fromCsv(String csv, int shopCount, int buyerCount) {
        List<Shop> shops = DemoShops.of(AirbnbExtract.parse(csv), shopCount);
        List<String> buyers = new ArrayList<>();
        for (int i = 1; i <= buyerCount; i++) {
            buyers.add(String.format("demo-buyer-%03d", i));
        }
        // Every shop sells its first room once, and each generated offer with a probability of 1/2,
        // to buyers taken round robin (so no pair trades twice unless there are few buyers).
        // Parking
        // spaces are not traded: they are there to be booked by the hour, every hour still free.
        List<Trade> trades = new ArrayList<>();
        Random random = new Random(42);
        for (int s = 0; s < shops.size() && !buyers.isEmpty(); s++) {
            List<Offer> offers = shops.get(s).offers();
            for (int o = 0; o < offers.size(); o++) {
                if (offers.get(o).category().equals(ShopOffers.PARKING)) {
                    continue;
                }
                boolean room = offers.get(o).category().equals("space.room");
                boolean firstRoom = room && (o == 0);
                if (firstRoom || (!room && random.nextBoolean())) {
                    int number = trades.size();
                    trades.add(
                            new Trade(
                                    number,
                                    buyers.get(number % buyers.size()),
                                    s,
                                    o,
                                    rating(random),
                                    rating(random)));
                }
            }
        }
        return new DemoPlan(shops, buyers, trades);
    }

    /** Mostly 5, some 4, now and then 3. */
    private static int rating(Random random) {
        int r = random.nextInt(20);
        return r < 14 ? 5 : r < 19 ? 4 : 3;
    }
}
