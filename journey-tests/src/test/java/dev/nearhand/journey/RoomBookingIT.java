package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A spare room is booked for given nights across the services: escrow holds the nights with the
 * money, search and a need dated to one of them stop offering the room, a second guest cannot pay
 * for them, and a refund gives them back.
 */
@ExtendWith(JourneyStack.class)
class RoomBookingIT {

    @Test
    void shouldBookNightsOnceAndOfferThemAgainWhenTheGuestRevokes() {
        Actor host = Actor.user("host", "phone");
        Actor first = Actor.user("guest", "phone");
        Actor second = Actor.user("guest", "phone");
        Books books = new Books(host, first, second);
        Place street = Place.somewhere();
        String word = "attic" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate night = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        Listings.openShop(host, street);
        String room = Listings.publishRoom(host, "Quiet " + word, "300.00");
        await("the room is searchable")
                .atMost(JourneyStack.EVENTS)
                .until(() -> Search.listingIds(street, word).contains(room));
        books.topUp(first, "600.00");
        books.topUp(second, "600.00");

        String stay = books.track(Escrows.openOn(first, room, 2, night).getString("id"), first);
        Escrows.step(first, stay, "confirm");

        assertThat(Escrows.bookedDays(room))
                .containsExactly(night.toString(), night.plusDays(1).toString());
        assertThat(Escrows.problem(Escrows.tryOpenOn(second, room, 1, night.plusDays(1))))
                .as("the second night is paid for")
                .isEqualTo("days-taken");
        await("search stops offering the booked nights")
                .atMost(JourneyStack.EVENTS)
                .until(
                        () ->
                                Search.freeOn(street, word, night.plusDays(1), night.plusDays(2))
                                        .isEmpty());
        assertThat(Search.freeOn(street, word, night.plusDays(2), night.plusDays(4)))
                .as("the day the room comes back is free")
                .containsExactly(room);
        assertThat(
                        Search.candidatesOfANeed(
                                second, street, "space.room", word, night.plusDays(1).toString()))
                .as("a need for a booked night is offered no room booked that night")
                .doesNotContain(room);
        assertThat(
                        Search.candidatesOfANeed(
                                second, street, "space.room", word, night.plusDays(2).toString()))
                .contains(room);

        Escrows.step(first, stay, "revoke");
        await("search offers the nights again after the refund")
                .atMost(JourneyStack.EVENTS)
                .until(
                        () ->
                                Search.freeOn(street, word, night, night.plusDays(2))
                                        .equals(List.of(room)));
        String secondStay =
                books.track(
                        Escrows.openOn(second, room, 1, night.plusDays(1)).getString("id"), second);
        Escrows.step(second, secondStay, "confirm");

        assertThat(Escrows.bookedDays(room)).containsExactly(night.plusDays(1).toString());
        assertThat(Wallets.available(first)).isEqualByComparingTo("600.00");
        assertThat(Wallets.held(second)).isEqualByComparingTo("300.00");
        books.assertConserved();
    }
}
