package dev.nearhand.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nearhand.contracts.reputation.CreditChanged;
import dev.nearhand.matching.service.CreditService;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A seller's credit on their listings: a seller reputation has not scored passes no minCredit, and
 * a listing written while its seller's credit changes ends with the new credit, whichever of the
 * two transactions commits first.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SellerCreditTest {

    // Hualien: reserved for this test.
    private static final double LAT = 23.9872;
    private static final double LON = 121.6015;

    @Inject ListingIndexService index;
    @Inject CreditService credits;
    @Inject EntityManager entityManager;

    @Test
    void shouldLetNoUnratedSellerPassAMinimumCreditButARatedOne() {
        String category = "test.seller-credit." + UUID.randomUUID();
        UUID unrated = publish(category, "unrated-" + UUID.randomUUID(), "450.00", "TWD");
        String goodSeller = "good-" + UUID.randomUUID();
        UUID good = publish(category, goodSeller, "450.00", "TWD");
        credits.apply(credit(goodSeller, 800));
        // Rated at exactly the neutral score the unrated are ranked with.
        String middlingSeller = "middling-" + UUID.randomUUID();
        UUID middling = publish(category, middlingSeller, "450.00", "TWD");
        credits.apply(credit(middlingSeller, 500));

        for (int minCredit : new int[] {0, 1, 500}) {
            assertThat(ids(Map.of("category", category, "minCredit", minCredit)))
                    .as("minCredit=%d", minCredit)
                    .containsExactlyInAnyOrder(good.toString(), middling.toString());
        }
        assertThat(ids(Map.of("category", category, "minCredit", 501)))
                .containsExactly(good.toString());
        assertThat(ids(Map.of("category", category)))
                .containsExactlyInAnyOrder(
                        good.toString(), middling.toString(), unrated.toString());
    }

    @Test
    void shouldShowAPriceWithTheMinorDigitsOfItsCurrency() {
        String category = "test.seller-credit." + UUID.randomUUID();
        publish(category, "kwd-" + UUID.randomUUID(), "12.345", "KWD");
        publish(category, "jpy-" + UUID.randomUUID(), "1200", "JPY");
        publish(category, "twd-" + UUID.randomUUID(), "450.00", "TWD");

        List<Map<String, String>> prices =
                Fixtures.search(Map.of("lat", LAT, "lon", LON, "category", category))
                        .statusCode(200)
                        .extract()
                        .path("items.price");

        assertThat(prices)
                .extracting(p -> p.get("amount") + " " + p.get("currency"))
                .containsExactlyInAnyOrder("12.345 KWD", "1200 JPY", "450.00 TWD");
    }

    @Test
    void shouldScoreAListingWrittenWhileItsSellersCreditChangesWithTheNewCredit() throws Exception {
        String seller = "racing-" + UUID.randomUUID();
        UUID listing = UUID.randomUUID();
        String category = "test.seller-credit." + UUID.randomUUID();

        whileOneIsUncommitted(
                () -> credits.apply(credit(seller, 800)),
                () -> index.apply(UUID.randomUUID(), snapshot(listing, category, seller)));

        assertThat(creditRank(listing)).isEqualTo(800);
    }

    @Test
    void shouldCopyANewCreditOntoAListingWrittenWhileItChanges() throws Exception {
        String seller = "racing-" + UUID.randomUUID();
        UUID listing = UUID.randomUUID();
        String category = "test.seller-credit." + UUID.randomUUID();

        whileOneIsUncommitted(
                () -> index.apply(UUID.randomUUID(), snapshot(listing, category, seller)),
                () -> credits.apply(credit(seller, 800)));

        assertThat(creditRank(listing)).isEqualTo(800);
    }

    /**
     * Runs {@code first} in a transaction and, before it commits, {@code second} in another one on
     * another thread: until {@code second} has finished or waits for a seller's lock. Then commits
     * {@code first} and waits for {@code second}. Without the lock, {@code second} cannot see what
     * {@code first} wrote and finishes before it commits: the interleaving that lost a credit.
     */
    private void whileOneIsUncommitted(Runnable first, Runnable second) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            AtomicReference<Future<?>> running = new AtomicReference<>();
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                first.run();
                                running.set(other.submit(second));
                                await().atMost(Duration.ofSeconds(20))
                                        .until(() -> running.get().isDone() || sellerLockAwaited());
                            });
            running.get().get(20, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
    }

    private boolean sellerLockAwaited() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                        entityManager
                                                                .createNativeQuery(
                                                                        "SELECT count(*) FROM pg_locks"
                                                                                + " WHERE locktype = 'advisory'"
                                                                                + " AND NOT granted")
                                                                .getSingleResult())
                                                .intValue()
                                        > 0);
    }

    private int creditRank(UUID listing) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                entityManager
                                                        .createNativeQuery(
                                                                "SELECT credit_rank FROM listing"
                                                                        + " WHERE listing_id = ?1")
                                                        .setParameter(1, listing)
                                                        .getSingleResult())
                                        .intValue());
    }

    private UUID publish(String category, String seller, String amount, String currency) {
        UUID id = UUID.randomUUID();
        index.apply(
                UUID.randomUUID(),
                Fixtures.listing(
                        id,
                        1,
                        "ACTIVE",
                        "Piano lessons",
                        category,
                        LAT,
                        LON,
                        amount,
                        currency,
                        seller));
        return id;
    }

    private static dev.nearhand.contracts.listing.ListingSnapshot snapshot(
            UUID id, String category, String seller) {
        return Fixtures.listing(
                id, 1, "ACTIVE", "Piano lessons", category, LAT, LON, "450.00", "TWD", seller);
    }

    private static CreditChanged credit(String user, int transaction) {
        return new CreditChanged(
                UUID.randomUUID(), Instant.now(), 1, user, transaction, 600, "SILVER", 12, 1);
    }

    private static List<String> ids(Map<String, ?> filters) {
        Map<String, Object> params = new java.util.HashMap<>(filters);
        params.put("lat", LAT);
        params.put("lon", LON);
        return Fixtures.allIds(params);
    }
}
