package dev.nearhand.local;

import dev.nearhand.local.DemoPlan.Shop;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** The demo's shops: Airbnb hosts under pseudonyms, each with its {@link ShopOffers}. */
final class DemoShops {

    private static final String[] ZH_ADJECTIVES = {"安靜", "熱心", "勤快", "友善", "悠閒", "認真", "開朗", "細心"};
    private static final String[] EN_ADJECTIVES = {
        "Quiet", "Kind", "Busy", "Friendly", "Easy", "Careful", "Sunny", "Gentle"
    };
    private static final String[] ZH_ANIMALS = {"貓", "狗", "熊", "鹿", "鳥", "兔", "魚", "龜"};
    private static final String[] EN_ANIMALS = {
        "Cat", "Dog", "Bear", "Deer", "Bird", "Rabbit", "Fish", "Turtle"
    };

    private DemoShops() {}

    /**
     * Hosts with at least one priced row, in a stable shuffled order (by a hash of the host id),
     * the first {@code shopCount} of them; each at its first row's position.
     */
    static List<Shop> of(AirbnbExtract extract, int shopCount) {
        List<String> hosts =
                extract.pricedHosts().stream()
                        .sorted(Comparator.comparingLong(DemoShops::mix).thenComparing(h -> h))
                        .limit(shopCount)
                        .toList();
        List<Shop> shops = new ArrayList<>();
        for (int n = 0; n < hosts.size(); n++) {
            shops.add(shop(hosts.get(n), extract.rows(hosts.get(n)), n));
        }
        return shops;
    }

    /** The {@code n}th shop; its offers and name drawn from a seed of its own, the host id. */
    private static Shop shop(String host, List<AirbnbExtract.Row> rows, int n) {
        AirbnbExtract.Row first = rows.get(0);
        Random random = new Random(mix(host));
        List<DemoPlan.Offer> offers = ShopOffers.of(rows, random, new Random(~mix(host)));
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
        // Numbered, not named after the host: an Inside Airbnb host_id is the host's real Airbnb
        // account (airbnb.com/users/show/<id>), and any hash of a 9-digit number is reversed by
        // trying them all. The number is the shop's place in the stable order, so a rerun of the
        // demo finds the same users again.
        return new Shop(
                "demo-seller-" + (n + 1),
                name,
                "住在"
                        + first.neighbourhood().strip()
                        + "，有空房也有空閒時間。 Neighbour with a spare room and some free hours.",
                Double.parseDouble(first.latitude()),
                Double.parseDouble(first.longitude()),
                offers);
    }

    /**
     * A stable 64-bit mix of a string (SplitMix64 over String.hashCode is too weak; use FNV-1a).
     */
    private static long mix(String value) {
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
}
