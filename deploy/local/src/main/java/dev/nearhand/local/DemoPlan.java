package dev.nearhand.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What {@code ./nearhand demo} creates, computed from the Inside Airbnb extract alone (no stack
 * needed, deterministic): shops for a few hundred hosts with their spare rooms as {@code ITEM}
 * listings, generated service, knowledge and time offers, and the trades to complete.
 *
 * <p>Data: Inside Airbnb (http://insideairbnb.com), CC BY 4.0. Only the columns id, name, host_id,
 * neighbourhood, latitude, longitude, room_type and price are used; hosts get pseudonyms.
 */
final class DemoPlan {

    static final String ATTRIBUTION =
            "Spare rooms from Inside Airbnb (http://insideairbnb.com), Taipei, CC BY 4.0; hosts renamed.";
    static final String CURRENCY = "TWD";
    static final BigDecimal MIN_ROOM_PRICE = new BigDecimal("400");
    static final BigDecimal MAX_ROOM_PRICE = new BigDecimal("8000");
    static final int MAX_ROOMS_PER_SHOP = 2;

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

    /** A generated offer: kind, category, unit, titles, TWD price range (a step of 50). */
    record Template(
            String kind,
            String category,
            String unit,
            String zh,
            String en,
            String description,
            int minPrice,
            int maxPrice) {}

    static final List<Template> TEMPLATES =
            List.of(
                    new Template(
                            "SERVICE",
                            "repair.bike",
                            "FIXED",
                            "單車修理",
                            "Bike repair",
                            "補胎、調整煞車與變速器 Flat tyres, brakes and gears fixed at your door.",
                            300,
                            800),
                    new Template(
                            "SERVICE",
                            "repair.home",
                            "HOUR",
                            "水電維修",
                            "Home repairs",
                            "水龍頭、燈具、小型水電 Taps, lamps, small plumbing and electrics.",
                            600,
                            1200),
                    new Template(
                            "SERVICE",
                            "repair.electronics",
                            "FIXED",
                            "手機電腦維修",
                            "Phone and laptop repair",
                            "換電池、清灰、重灌系統 Batteries, cleaning, reinstalling.",
                            500,
                            2000),
                    new Template(
                            "SERVICE",
                            "cleaning",
                            "HOUR",
                            "居家清潔",
                            "Home cleaning",
                            "自備清潔用品 I bring my own supplies.",
                            450,
                            700),
                    new Template(
                            "SERVICE",
                            "moving",
                            "HOUR",
                            "搬家幫手",
                            "Moving help",
                            "搬箱子、組家具 Carrying boxes, assembling furniture.",
                            500,
                            900),
                    new Template(
                            "SERVICE",
                            "cooking",
                            "SESSION",
                            "到府做菜",
                            "Home cooking",
                            "台式家常菜四菜一湯 Taiwanese home cooking, four dishes and a soup.",
                            800,
                            1500),
                    new Template(
                            "SERVICE",
                            "photography",
                            "SESSION",
                            "人像攝影",
                            "Portrait photography",
                            "兩小時外拍含修圖 Two-hour outdoor shoot, edited photos.",
                            1500,
                            4000),
                    new Template(
                            "KNOWLEDGE",
                            "tutoring",
                            "HOUR",
                            "數學家教",
                            "Maths tutoring",
                            "國高中數學 Secondary school maths, patient and clear.",
                            500,
                            1000),
                    new Template(
                            "KNOWLEDGE",
                            "languages",
                            "HOUR",
                            "英文會話",
                            "English conversation",
                            "輕鬆聊天練口說 Relaxed conversation practice.",
                            500,
                            900),
                    new Template(
                            "KNOWLEDGE",
                            "languages",
                            "HOUR",
                            "中文課",
                            "Mandarin lessons",
                            "給外國朋友的華語課 Mandarin for newcomers, traditional characters.",
                            500,
                            900),
                    new Template(
                            "KNOWLEDGE",
                            "advice.tax",
                            "HOUR",
                            "報稅諮詢",
                            "Tax advice",
                            "綜所稅申報與扣除額 Income tax returns and deductions.",
                            1000,
                            2500),
                    new Template(
                            "KNOWLEDGE",
                            "advice.legal",
                            "HOUR",
                            "租屋法律諮詢",
                            "Tenancy legal advice",
                            "租約、押金糾紛 Leases and deposit disputes.",
                            1500,
                            3000),
                    new Template(
                            "KNOWLEDGE",
                            "music",
                            "SESSION",
                            "吉他課",
                            "Guitar lessons",
                            "初學者友善 Beginners welcome.",
                            600,
                            1200),
                    new Template(
                            "TIME",
                            "care.pets",
                            "HOUR",
                            "遛狗",
                            "Dog walking",
                            "大安森林公園一帶 Around the park, any size of dog.",
                            250,
                            450),
                    new Template(
                            "TIME",
                            "errands",
                            "HOUR",
                            "代排隊",
                            "Queueing for you",
                            "排隊買名店、排號碼牌 I queue for restaurants, tickets and offices.",
                            200,
                            350),
                    new Template(
                            "TIME",
                            "errands",
                            "HOUR",
                            "跑腿代買",
                            "Errands",
                            "代買代送 Shopping and deliveries nearby.",
                            250,
                            400),
                    new Template(
                            "TIME",
                            "care.children",
                            "HOUR",
                            "臨時保母",
                            "Babysitting",
                            "有保母證照 Certified babysitter.",
                            300,
                            500),
                    new Template(
                            "TIME",
                            "care.elderly",
                            "HOUR",
                            "陪伴長輩",
                            "Elderly companionship",
                            "陪看診、散步聊天 Doctor visits, walks and a chat.",
                            300,
                            500),
                    new Template(
                            "ITEM",
                            "tools",
                            "DAY",
                            "電鑽出借",
                            "Drill to lend",
                            "充電式電鑽附鑽頭 Cordless drill with bits.",
                            100,
                            200));

    private static final String[] ZH_ADJECTIVES = {"安靜", "熱心", "勤快", "友善", "悠閒", "認真", "開朗", "細心"};
    private static final String[] EN_ADJECTIVES = {
        "Quiet", "Kind", "Busy", "Friendly", "Easy", "Careful", "Sunny", "Gentle"
    };
    private static final String[] ZH_ANIMALS = {"貓", "狗", "熊", "鹿", "鳥", "兔", "魚", "龜"};
    private static final String[] EN_ANIMALS = {
        "Cat", "Dog", "Bear", "Deer", "Bird", "Rabbit", "Fish", "Turtle"
    };

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

    static DemoPlan fromCsv(Path csv, int shopCount, int buyerCount) throws IOException {
        return fromCsv(Files.readString(csv, StandardCharsets.UTF_8), shopCount, buyerCount);
    }

    /**
     * Hosts with at least one priced row, in a stable shuffled order (by a hash of the host id),
     * the first {@code shopCount} of them; each at its first row's position.
     */
    static DemoPlan fromCsv(String csv, int shopCount, int buyerCount) {
        List<List<String>> rows = parseCsv(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty CSV");
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip(), i);
        }
        for (String needed :
                List.of(
                        "id",
                        "name",
                        "host_id",
                        "neighbourhood",
                        "latitude",
                        "longitude",
                        "room_type",
                        "price")) {
            if (!column.containsKey(needed)) {
                throw new IllegalArgumentException("CSV has no column " + needed);
            }
        }
        Map<String, List<List<String>>> byHost = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            byHost.computeIfAbsent(row.get(column.get("host_id")), h -> new ArrayList<>()).add(row);
        }
        List<String> hosts =
                byHost.entrySet().stream()
                        .filter(
                                e ->
                                        e.getValue().stream()
                                                .anyMatch(
                                                        r ->
                                                                price(r.get(column.get("price")))
                                                                        != null))
                        .map(Map.Entry::getKey)
                        .sorted(Comparator.comparingLong(DemoPlan::mix).thenComparing(h -> h))
                        .limit(shopCount)
                        .toList();

        List<Shop> shops = new ArrayList<>();
        for (int n = 0; n < hosts.size(); n++) {
            String host = hosts.get(n);
            List<List<String>> hostRows = byHost.get(host);
            List<String> first = hostRows.get(0);
            Random random = new Random(mix(host));
            List<Offer> offers = new ArrayList<>();
            Set<String> titles = new HashSet<>();
            for (List<String> row : hostRows) {
                BigDecimal price = price(row.get(column.get("price")));
                if (price == null || offers.size() >= MAX_ROOMS_PER_SHOP) {
                    continue;
                }
                String neighbourhood = row.get(column.get("neighbourhood")).strip();
                String title =
                        uniqueTitle(roomTitle(row.get(column.get("name")), neighbourhood), titles);
                String roomType = row.get(column.get("room_type")).strip();
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
                                        + " Data: Inside Airbnb listing "
                                        + row.get(column.get("id")).strip()
                                        + " (insideairbnb.com, CC BY 4.0).",
                                tags("房間", "room", neighbourhood),
                                clip(price),
                                1));
            }
            // Two generated offers, of different templates.
            int generated = 2;
            List<Template> pool = new ArrayList<>(TEMPLATES);
            for (int i = 0; i < generated; i++) {
                Template t = pool.remove(random.nextInt(pool.size()));
                int steps = (t.maxPrice() - t.minPrice()) / 50;
                BigDecimal price =
                        BigDecimal.valueOf(t.minPrice() + 50L * random.nextInt(steps + 1));
                offers.add(
                        new Offer(
                                t.kind(),
                                t.category(),
                                t.unit(),
                                uniqueTitle(t.zh() + " " + t.en(), titles),
                                t.description(),
                                tags(t.en().toLowerCase(java.util.Locale.ROOT)),
                                price,
                                t.kind().equals("ITEM") ? 1 : null));
            }
            int a = random.nextInt(ZH_ADJECTIVES.length);
            int b = random.nextInt(ZH_ANIMALS.length);
            String name =
                    ZH_ADJECTIVES[a]
                            + "的"
                            + ZH_ANIMALS[b]
                            + " "
                            + EN_ADJECTIVES[a]
                            + " "
                            + EN_ANIMALS[b]
                            + " "
                            + (n + 1);
            shops.add(
                    new Shop(
                            "demo-host-" + host.strip(),
                            name,
                            "住在"
                                    + first.get(column.get("neighbourhood")).strip()
                                    + "，有空房也有空閒時間。 Neighbour with a spare room and some free hours.",
                            Double.parseDouble(first.get(column.get("latitude"))),
                            Double.parseDouble(first.get(column.get("longitude"))),
                            offers));
        }

        List<String> buyers = new ArrayList<>();
        for (int i = 1; i <= buyerCount; i++) {
            buyers.add(String.format("demo-buyer-%03d", i));
        }
        // Every shop sells its first room once, and each generated offer with a probability of 1/2,
        // to buyers taken round robin (so no pair trades twice unless there are few buyers).
        List<Trade> trades = new ArrayList<>();
        Random random = new Random(42);
        for (int s = 0; s < shops.size() && !buyers.isEmpty(); s++) {
            List<Offer> offers = shops.get(s).offers();
            for (int o = 0; o < offers.size(); o++) {
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

    /** A TWD price, or null when missing, unparsable or not above 0. */
    static BigDecimal price(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = raw.replace("$", "").replace(",", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(cleaned);
            return price.signum() > 0 ? price : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Clipped to [400, 8000] TWD a night, whole dollars (TWD has no minor digits here). */
    static BigDecimal clip(BigDecimal price) {
        BigDecimal clipped = price.max(MIN_ROOM_PRICE).min(MAX_ROOM_PRICE);
        return clipped.setScale(0, java.math.RoundingMode.HALF_EVEN);
    }

    static String roomTitle(String name, String neighbourhood) {
        String title = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (title.length() < 3) {
            title = neighbourhood + " 空房 spare room";
        }
        if (title.length() > 110) {
            title = title.substring(0, 110).strip();
        }
        return title;
    }

    private static String uniqueTitle(String title, Set<String> taken) {
        String candidate = title;
        for (int i = 2; !taken.add(candidate); i++) {
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

    /**
     * A stable 64-bit mix of a string (SplitMix64 over String.hashCode is too weak; use FNV-1a).
     */
    static long mix(String value) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
