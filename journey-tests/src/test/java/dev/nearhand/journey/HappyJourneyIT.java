package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole happy journey, from opening a shop to ranking higher after a good trade. */
@ExtendWith(JourneyStack.class)
class HappyJourneyIT {

    @Test
    void shouldPayTheSellerAndRaiseTheirCreditAndRankWhenATradeCompletes() {
        Place street = Place.somewhere();
        String word = "velo" + UUID.randomUUID().toString().substring(0, 6);
        Actor seller = Actor.user("seller", "phone");
        Actor rival = Actor.user("rival", "phone");
        Actor buyer = Actor.user("buyer", "phone");
        Books books = new Books(seller, rival, buyer);

        // A seller and a rival open shops on the same street and list the same service.
        String shop = Listings.openShop(seller, street);
        Listings.openShop(rival, street);
        String listing = Listings.publish(seller, "Bike repair " + word, "repair.bike", "80.00");
        String rivalListing =
                Listings.publish(rival, "Bike repair " + word + " too", "repair.bike", "80.00");
        assertThat(Listings.shopListingIds(shop)).containsExactly(listing);
        // Three neighbours ask 70-100 for the same work: enough asking prices for a guide price.
        for (String price : List.of("70.00", "90.00", "100.00")) {
            Actor neighbour = Actor.user("neighbour", "phone");
            Listings.openShop(neighbour, street.north(600));
            Listings.publish(neighbour, "Bicycle service", "repair.bike", price);
        }

        // The buyer finds both nearby (matching learned them from listing's events).
        Place home = street.north(300);
        await("both listings are searchable")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () ->
                                assertThat(Search.listingIds(home, word))
                                        .containsExactlyInAnyOrder(listing, rivalListing));
        double scoreBefore = Search.score(home, word, listing);
        await("a guide price from the five asking prices nearby")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            JsonPath guide = Search.guidePrice(home, "repair.bike");
                            assertThat(guide.getBoolean("insufficientData")).isFalse();
                            assertThat(guide.getInt("sampleSize")).isEqualTo(5);
                            assertThat(guide.getString("basis")).isEqualTo("ASKING_PRICES");
                            assertThat(guide.getString("currency")).isEqualTo(Money.CURRENCY);
                            assertThat(new BigDecimal(guide.getString("low")))
                                    .isBetween(Money.of("70.00"), Money.of("80.00"));
                            assertThat(new BigDecimal(guide.getString("high")))
                                    .isBetween(Money.of("80.00"), Money.of("100.00"));
                        });

        // Pays two hours into escrow: 160.00, of which 8.00 is the platform's fee on release.
        books.topUp(buyer, "500.00");
        JsonPath opened = Escrows.open(buyer, listing, 2);
        String escrow = books.track(opened.getString("id"), buyer);
        assertThat(opened.getString("status")).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(opened.getString("sellerId")).isEqualTo(seller.id());
        assertThat(opened.getString("total.amount")).isEqualTo("160.00");
        assertThat(opened.getString("fee.amount")).isEqualTo("8.00");
        assertThat(Escrows.step(buyer, escrow, "confirm")).isEqualTo("HELD");
        assertThat(Wallets.available(buyer)).isEqualByComparingTo("340.00");
        assertThat(Wallets.held(buyer)).isEqualByComparingTo("160.00");
        books.assertConserved();

        // The seller accepts and delivers, the buyer releases.
        assertThat(Escrows.step(seller, escrow, "accept")).isEqualTo("ACCEPTED");
        assertThat(Escrows.step(seller, escrow, "deliver")).isEqualTo("DELIVERED");
        assertThat(Escrows.step(buyer, escrow, "release")).isEqualTo("RELEASED");
        assertThat(Wallets.available(seller)).isEqualByComparingTo("152.00");
        assertThat(Wallets.available(buyer)).isEqualByComparingTo("340.00");
        assertThat(Wallets.held(buyer)).isEqualByComparingTo("0.00");
        assertThat(books.fees()).isEqualByComparingTo("8.00");
        books.assertConserved();

        // Both review once reputation has the finished trade; the reviews are then published.
        await("reputation accepts the buyer's review")
                .atMost(JourneyStack.EVENTS)
                .until(
                        () ->
                                Reputation.review(buyer, escrow, 5, "Fast and careful").statusCode()
                                        == 201);
        assertThat(Reputation.review(seller, escrow, 5, "Friendly buyer").statusCode())
                .isEqualTo(201);
        await("both reviews are published")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.publishedReviews(seller)).hasSize(1);
                            assertThat(Reputation.publishedReviews(buyer)).hasSize(1);
                        });

        // Credit rises for the seller, listing's shop page shows it, and search ranks them first.
        await("the seller's credit rises")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Reputation.completedTrades(seller)).isEqualTo(1);
                            assertThat(Reputation.transactionScore(seller))
                                    .isGreaterThan(Reputation.transactionScore(rival));
                            assertThat(Listings.shopCompletedTrades(shop)).isEqualTo(1);
                        });
        await("the seller ranks above the rival")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Search.listingIds(home, word))
                                    .containsExactly(listing, rivalListing);
                            assertThat(Search.score(home, word, listing))
                                    .isGreaterThan(scoreBefore);
                        });
        books.assertConserved();
    }
}
