package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A withdrawn listing leaves every public view and can no longer be bought. */
@ExtendWith(JourneyStack.class)
class WithdrawnListingIT {

    @Test
    void shouldDisappearFromSearchAndRefuseEscrowsWhenTheSellerWithdrawsAListing() {
        Actor seller = Actor.user("seller", "phone");
        Actor buyer = Actor.user("buyer", "phone");
        Books books = new Books(seller, buyer);
        Place street = Place.somewhere();
        String word = "drill" + UUID.randomUUID().toString().substring(0, 6);
        String shop = Listings.openShop(seller, street);
        String listing = Listings.publish(seller, "Hammer " + word + " to lend", "tools", "15.00");
        await("the listing is searchable")
                .atMost(JourneyStack.EVENTS)
                .until(() -> Search.listingIds(street, word).contains(listing));
        books.topUp(buyer, "100.00");
        // escrow-service knows it too: an escrow opens (and is left unconfirmed, moving nothing).
        books.track(Escrows.open(buyer, listing, 1).getString("id"), buyer);

        Listings.withdraw(seller, listing);

        assertThat(Listings.publicStatus(listing)).isEqualTo(404);
        assertThat(Listings.shopListingIds(shop)).doesNotContain(listing);
        await("search and escrow-service drop the listing")
                .atMost(JourneyStack.EVENTS)
                .untilAsserted(
                        () -> {
                            assertThat(Search.listingIds(street, word)).doesNotContain(listing);
                            assertThat(
                                            Escrows.problem(
                                                    Escrows.tryOpen(
                                                            buyer,
                                                            listing,
                                                            1,
                                                            UUID.randomUUID().toString())))
                                    .isEqualTo("listing-unavailable");
                        });
        assertThat(Wallets.available(buyer)).isEqualByComparingTo("100.00");
        books.assertConserved();
    }
}
