package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.UUID;

/** The common start of a journey: a seller with one listing and a buyer with money in escrow. */
final class Deal {

    final Actor seller = Actor.user("seller", "phone");
    final Actor buyer;
    final Books books;
    final String listing;
    String escrow;

    private Deal(String pricePerHour, String buyerKyc) {
        buyer = Actor.user("buyer", buyerKyc);
        books = new Books(seller, buyer);
        Listings.openShop(seller, Place.somewhere());
        listing =
                Listings.publish(
                        seller,
                        "Tutoring " + UUID.randomUUID().toString().substring(0, 8),
                        "tutoring",
                        pricePerHour);
    }

    /** A listing and a buyer with {@code topUp} in the wallet; no escrow yet. */
    static Deal listed(String pricePerHour, String topUp) {
        return listed(pricePerHour, topUp, "phone");
    }

    static Deal listed(String pricePerHour, String topUp, String buyerKyc) {
        Deal deal = new Deal(pricePerHour, buyerKyc);
        deal.books.topUp(deal.buyer, topUp);
        return deal;
    }

    /** Escrow opened and confirmed for {@code hours}: the total is held. */
    static Deal held(String pricePerHour, int hours, String topUp) {
        Deal deal = listed(pricePerHour, topUp);
        JsonPath opened = Escrows.open(deal.buyer, deal.listing, hours);
        deal.escrow = deal.books.track(opened.getString("id"), deal.buyer);
        assertThat(Escrows.step(deal.buyer, deal.escrow, "confirm")).isEqualTo("HELD");
        return deal;
    }

    /** Held, accepted and delivered. */
    static Deal delivered(String pricePerHour, int hours, String topUp) {
        Deal deal = held(pricePerHour, hours, topUp);
        assertThat(Escrows.step(deal.seller, deal.escrow, "accept")).isEqualTo("ACCEPTED");
        assertThat(Escrows.step(deal.seller, deal.escrow, "deliver")).isEqualTo("DELIVERED");
        return deal;
    }
}
