package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The last unit of an item is sold once: held for one buyer, counted as sold by listing-service,
 * gone from search, and back when the seller restocks.
 */
@ExtendWith(JourneyStack.class)
class ItemStockIT {

    @Test
    void shouldSellTheLastUnitOnceAndOfferItAgainAfterARestock() {
        Actor seller = Actor.user("seller", "phone");
        Actor first = Actor.user("buyer", "phone");
        Actor second = Actor.user("buyer", "phone");
        Books books = new Books(seller, first, second);
        Place street = Place.somewhere();
        String word = "drill" + UUID.randomUUID().toString().substring(0, 6);
        Listings.openShop(seller, street);
        String drill = Listings.publishItem(seller, "Cordless " + word, "80.00", 1);
        await("the item is searchable")
                .atMost(JourneyStack.EVENTS)
                .until(() -> Search.listingIds(street, word).contains(drill));
        books.topUp(first, "100.00");
        books.topUp(second, "100.00");

        String bought = books.track(Escrows.open(first, drill, 1).getString("id"), first);
        Escrows.step(first, bought, "confirm");
        String tooLate =
                Escrows.problem(Escrows.tryOpen(second, drill, 1, UUID.randomUUID().toString()));
        assertThat(tooLate).as("the held unit is not for sale").isEqualTo("out-of-stock");
        Escrows.step(seller, bought, "accept");
        Escrows.step(seller, bought, "deliver");
        Escrows.step(first, bought, "release");

        await("listing-service counts the sale and search drops the item")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            JsonPath view = Listings.publicView(drill);
                            assertThat(view.getString("status")).isEqualTo("SOLD_OUT");
                            assertThat(view.getInt("quantity")).isZero();
                            assertThat(view.getInt("soldUnits")).isEqualTo(1);
                            assertThat(Search.listingIds(street, word)).doesNotContain(drill);
                        });
        assertThat(Escrows.problem(Escrows.tryOpen(second, drill, 1, UUID.randomUUID().toString())))
                .isIn("out-of-stock", "listing-unavailable");

        Listings.restock(seller, drill, 1);
        await("the restocked item is searchable again")
                .atMost(JourneyStack.EVENTS)
                .until(() -> Search.listingIds(street, word).contains(drill));
        // One key throughout: a refusal moves nothing, and the first 201 is the one replayed.
        String key = UUID.randomUUID().toString();
        await("escrow-service has the restock")
                .atMost(JourneyStack.EVENTS)
                .until(() -> Escrows.tryOpen(second, drill, 1, key).statusCode() == 201);
        String restocked = books.track(Escrows.tryOpen(second, drill, 1, key).path("id"), second);
        Escrows.step(second, restocked, "confirm");

        assertThat(Wallets.available(first)).isEqualByComparingTo("20.00");
        assertThat(Wallets.held(second)).isEqualByComparingTo("80.00");
        books.assertConserved();
    }
}
