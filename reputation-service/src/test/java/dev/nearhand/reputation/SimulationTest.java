package dev.nearhand.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.reputation.service.CreditService;
import dev.nearhand.reputation.service.ReviewService;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A seeded market: 200 honest users trading normally and a ring of 20 fresh accounts trading and
 * praising only each other. Driven through the same service methods (and transactions) the escrow
 * consumer and the review endpoint use.
 *
 * <p>"Comparable real volume": for a ring member with d distinct counterparties, the honest users
 * with at least d completed trades. No ring member may rank above the median of them.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SimulationTest {

    static final int HONEST = 200;
    static final int RING = 20;
    static final int HONEST_TRADES = 1000;
    static final int RING_TRADES = 300;
    static final int[] RATINGS = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 3, 2};

    @Inject TestClock clock;
    @Inject TradeService trades;
    @Inject ReviewService reviews;
    @Inject CreditService credits;

    private final Random random = new Random(20261125L);
    private final Map<String, Set<String>> partners = new HashMap<>();

    @Test
    void shouldNotRankARingOfFreshAccountsAboveHonestUsersWithComparableVolume() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> honest = users("honest-" + run, HONEST);
        List<String> ring = users("ring-" + run, RING);
        double[] activity =
                honest.stream().mapToDouble(u -> Math.exp(random.nextGaussian() * 0.7)).toArray();

        List<Boolean> schedule = new ArrayList<>();
        for (int i = 0; i < HONEST_TRADES + RING_TRADES; i++) {
            schedule.add(i < HONEST_TRADES);
        }
        Collections.shuffle(schedule, random);
        for (boolean honestTrade : schedule) {
            if (honestTrade) {
                String buyer = pick(honest, activity);
                String seller = pick(honest, activity);
                while (seller.equals(buyer)) {
                    seller = pick(honest, activity);
                }
                honestTrade(buyer, seller);
            } else {
                int b = random.nextInt(RING);
                int s = (b + 1 + random.nextInt(RING - 1)) % RING;
                trade(ring.get(b), ring.get(s), "RELEASED", "0", 5, 5);
            }
        }

        List<Integer> honestScores = new ArrayList<>();
        Map<String, Integer> honestCompleted = new HashMap<>();
        Map<String, Integer> scores = new HashMap<>();
        for (String user : honest) {
            Credit credit = credits.of(user);
            scores.put(user, credit.transaction());
            honestCompleted.put(user, credit.completedTrades());
            honestScores.add(credit.transaction());
        }
        List<Integer> ringScores = new ArrayList<>();
        List<Integer> comparableMedians = new ArrayList<>();
        for (String member : ring) {
            int score = credits.of(member).transaction();
            int distinct = partners.getOrDefault(member, Set.of()).size();
            List<Integer> comparable =
                    honest.stream()
                            .filter(u -> honestCompleted.get(u) >= distinct)
                            .map(scores::get)
                            .toList();
            assertThat(comparable)
                    .as("honest users with at least %d trades", distinct)
                    .hasSizeGreaterThan(10);
            int median = median(comparable);
            comparableMedians.add(median);
            ringScores.add(score);
            assertThat(score)
                    .as(
                            "ring member with %d counterparties vs honest median of %d users",
                            distinct, comparable.size())
                    .isLessThan(median);
        }
        Log.infof(
                "simulation: %n  %-34s %8s %8s %8s%n  %-34s %8d %8d %8d%n  %-34s %8d %8d %8d%n  %-34s %8d",
                "transaction score",
                "min",
                "median",
                "max",
                "honest (all " + HONEST + ")",
                min(honestScores),
                median(honestScores),
                max(honestScores),
                "ring (" + RING + ")",
                min(ringScores),
                median(ringScores),
                max(ringScores),
                "honest comparable median (per ring member, median)",
                median(comparableMedians));
    }

    private void honestTrade(String buyer, String seller) {
        double outcome = random.nextDouble();
        if (outcome < 0.95) {
            trade(buyer, seller, "RELEASED", "0", rating(), rating());
        } else if (outcome < 0.97) {
            trade(buyer, seller, "DECLINED", "0", 0, 0);
        } else if (outcome < 0.98) {
            trade(buyer, seller, "EXPIRED", "0", 0, 0);
        } else if (outcome < 0.99) {
            trade(buyer, seller, "RESOLVED", "0", 2, 1); // the seller lost the dispute
        } else {
            trade(buyer, seller, "RESOLVED", "1000000", 3, 2); // the buyer's dispute failed
        }
    }

    /** One trade to its end, then each party's review (0 = no review), as the real flow would. */
    private void trade(
            String buyer,
            String seller,
            String status,
            String sellerShare,
            int byBuyer,
            int bySeller) {
        String amount =
                String.valueOf(Math.round(Math.exp(Math.log(1000) + random.nextGaussian() * 0.8)));
        String share = "0".equals(sellerShare) ? "0" : amount;
        Escrows.EscrowEvent event =
                Escrows.event(
                        status,
                        UUID.randomUUID(),
                        buyer,
                        seller,
                        amount,
                        "TWD",
                        share,
                        5,
                        clock.instant());
        event.applyWith(trades);
        if (!"RELEASED".equals(status) && !"RESOLVED".equals(status)) {
            return;
        }
        partners.computeIfAbsent(buyer, k -> new HashSet<>()).add(seller);
        partners.computeIfAbsent(seller, k -> new HashSet<>()).add(buyer);
        if (byBuyer > 0 && random.nextDouble() < 0.9) {
            reviews.write(buyer, event.escrowId(), byBuyer, "");
        }
        if (bySeller > 0 && random.nextDouble() < 0.9) {
            reviews.write(seller, event.escrowId(), bySeller, "");
        }
    }

    private int rating() {
        return RATINGS[random.nextInt(RATINGS.length)];
    }

    private String pick(List<String> users, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < users.size(); i++) {
            x -= weights[i];
            if (x <= 0) {
                return users.get(i);
            }
        }
        return users.get(users.size() - 1);
    }

    private static List<String> users(String prefix, int n) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(prefix + "-" + i);
        }
        return users;
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int min(List<Integer> values) {
        return Collections.min(values);
    }

    private static int max(List<Integer> values) {
        return Collections.max(values);
    }
}
