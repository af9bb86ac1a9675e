package dev.nearhand.local;

import dev.nearhand.local.DemoPlan.Offer;
import dev.nearhand.local.OfferTemplates.Template;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The offers of one demo shop: its host's spare rooms as {@code ITEM} listings, then two generated
 * offers, and for one shop in four a parking space lent by the hour; no two with the same title.
 */
final class ShopOffers {

    private static final BigDecimal MIN_ROOM_PRICE = new BigDecimal("400");
    private static final BigDecimal MAX_ROOM_PRICE = new BigDecimal("8000");
    private static final int MAX_ROOMS_PER_SHOP = 2;

    private final List<Offer> offers = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();

    private ShopOffers() {}

    /** The category of the parking spaces, which the demo's trades leave alone. */
    static final String PARKING = "space.parking";

    /**
     * The host's first priced rooms, then offers drawn with {@code random}, then perhaps a parking
     * space drawn with {@code parking}: a generator of its own, so that adding the spaces changed
     * no other offer, name or trade of the demo.
     */
    static List<Offer> of(List<AirbnbExtract.Row> rows, Random random, Random parking) {
        ShopOffers shop = new ShopOffers();
        shop.addRooms(rows);
        shop.addGenerated(random);
        shop.addParking(parking);
        return shop.offers;
    }

    private void addRooms(List<AirbnbExtract.Row> rows) {
        for (AirbnbExtract.Row row : rows) {
            BigDecimal price = row.price();
            if (price == null || offers.size() >= MAX_ROOMS_PER_SHOP) {
                continue;
            }
            String neighbourhood = row.neighbourhood().strip();
            String title = uniqueTitle(roomTitle(row.name(), neighbourhood));
            String roomType = row.roomType().strip();
            offers.add(
                    new Offer(
                            "ITEM",
                            "space.room",
                            "DAY",
                            title,
                            roomType
                                    + ", "
                                    + neighbourhood
                                    + ". 空房出租 spare room, per night."
                                    // Attributed to the data set, not the listing: its id gives
                                    // the exact position and the host's real Airbnb account.
                                    + " Data: Inside Airbnb (insideairbnb.com, CC BY 4.0).",
                            tags("房間", "room", neighbourhood),
                            clip(price),
                            1));
        }
    }

    /** Two generated offers, of different templates. */
    private void addGenerated(Random random) {
        int generated = 2;
        List<Template> pool = new ArrayList<>(OfferTemplates.ALL);
        for (int i = 0; i < generated; i++) {
            Template t = pool.remove(random.nextInt(pool.size()));
            int steps = (t.maxPrice() - t.minPrice()) / 50;
            BigDecimal price = BigDecimal.valueOf(t.minPrice() + 50L * random.nextInt(steps + 1));
            offers.add(
                    new Offer(
                            t.kind(),
                            t.category(),
                            t.unit(),
                            uniqueTitle(t.zh() + " " + t.en()),
                            t.description(),
                            tags(t.en().toLowerCase(Locale.ROOT)),
                            price,
                            t.kind().equals("ITEM") ? 1 : null));
        }
    }

    /**
     * One shop in four lends its parking space by the hour, at 30 to 80 TWD (Taipei's street
     * parking costs 20 to 60): buyers can book it for given hours.
     */
    private void addParking(Random random) {
        if (random.nextInt(4) != 0) {
            return;
        }
        offers.add(
                new Offer(
                        "ITEM",
                        PARKING,
                        "HOUR",
                        uniqueTitle("車位出租 Parking space by the hour"),
                        "有遮蔽的機車與汽車車位，按小時預訂 Covered parking space, book it by the hour.",
                        tags("parking"),
                        BigDecimal.valueOf(30 + 10L * random.nextInt(6)),
                        1));
    }

    /** Clipped to [400, 8000] TWD a night, whole dollars (TWD has no minor digits here). */
    private static BigDecimal clip(BigDecimal price) {
        BigDecimal clipped = price.max(MIN_ROOM_PRICE).min(MAX_ROOM_PRICE);
        return clipped.setScale(0, RoundingMode.HALF_EVEN);
    }

    private static String roomTitle(String name, String neighbourhood) {
        String title = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (title.length() < 3) {
            title = neighbourhood + " 空房 spare room";
        }
        if (title.length() > 110) {
            title = title.substring(0, 110).strip();
        }
        return title;
    }

    private String uniqueTitle(String title) {
        String candidate = title;
        for (int i = 2; !titles.add(candidate); i++) {
            candidate = title + " #" + i;
        }
        return candidate;
    }

    private static List<String> tags(String... values) {
        List<String> tags = new ArrayList<>();
        for (String value : values) {
            String tag = value.strip();
            if (!tag.isEmpty() && tag.length() <= 30 && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
