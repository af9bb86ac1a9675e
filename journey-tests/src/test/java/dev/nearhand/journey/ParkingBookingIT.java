package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A parking space lent by the hour is booked for a given time across the services: escrow holds the
 * hours with the money, search and a need at one of those moments stop offering the space, a second
 * driver cannot pay for an overlapping time, and a refund gives the hours back.
 */
@ExtendWith(JourneyStack.class)
class ParkingBookingIT {

    @Test
    void shouldBookHoursOnceAndOfferThemAgainWhenTheDriverRevokes() {
        Actor owner = Actor.user("owner", "phone");
        Actor first = Actor.user("driver", "phone");
        Actor second = Actor.user("driver", "phone");
        Books books = new Books(owner, first, second);
        Place street = Place.somewhere();
        String word = "bay" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        Instant nine = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Listings.openShop(owner, street);
        String space = Listings.publishParking(owner, "Covered " + word, "60.00");
        await("the space is searchable")
                .atMost(JourneyStack.EVENTS)
                .until(() -> Search.listingIds(street, word).contains(space));
        books.topUp(first, "300.00");
        books.topUp(second, "300.00");

        String parked =
                books.track(
                        Escrows.openAt(first, space, 3, nine.plusSeconds(30 * 60)).getString("id"),
                        first);
        Escrows.step(first, parked, "confirm");

        assertThat(Escrows.bookedTimes(space))
                .containsExactly(at(day, "09:30") + "/" + at(day, "12:30"));
        assertThat(Escrows.problem(Escrows.tryOpenAt(second, space, 2, at(day, "12:00"))))
                .as("half past twelve is paid for")
                .isEqualTo("hours-taken");
        await("search stops offering the booked hours")
                .atMost(JourneyStack.EVENTS)
                .until(
                        () ->
                                Search.freeAt(street, word, at(day, "12:00"), at(day, "13:00"))
                                        .isEmpty());
        assertThat(Search.freeAt(street, word, at(day, "12:30"), at(day, "14:00")))
                .as("the space is free from when it comes back")
                .containsExactly(space);
        assertThat(
                        Search.candidatesOfANeed(
                                second, street, "space.parking", word, at(day, "10:00").toString()))
                .as("a need at a booked moment is offered no space booked then")
                .doesNotContain(space);

        Escrows.step(first, parked, "revoke");
        await("search offers the hours again after the refund")
                .atMost(JourneyStack.EVENTS)
                .until(
                        () ->
                                Search.freeAt(street, word, at(day, "12:00"), at(day, "13:00"))
                                        .equals(List.of(space)));
        String secondStay =
                books.track(
                        Escrows.openAt(second, space, 2, at(day, "12:00")).getString("id"), second);
        Escrows.step(second, secondStay, "confirm");

        assertThat(Escrows.bookedTimes(space))
                .containsExactly(at(day, "12:00") + "/" + at(day, "14:00"));
        assertThat(Wallets.available(first)).isEqualByComparingTo("300.00");
        assertThat(Wallets.held(second)).isEqualByComparingTo("120.00");
        books.assertConserved();
    }

    private static Instant at(LocalDate day, String time) {
        return Instant.parse(day + "T" + time + ":00Z");
    }
}
