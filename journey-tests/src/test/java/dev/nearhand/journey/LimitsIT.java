package dev.nearhand.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment limits: unverified buyers cannot pay, new buyers are capped, and verifying lets the very
 * same escrow through (escrow-service's defaults: phone 2,000 per escrow and 5,000 open, id ten
 * times that, tier NEW ×1).
 */
@ExtendWith(JourneyStack.class)
class LimitsIT {

    @Test
    void shouldRefuseAnUnverifiedBuyerAndHoldTheSameEscrowOnceTheyVerifyTheirPhone() {
        Deal deal = Deal.listed("50.00", "300.00", "none");
        var opened = Escrows.open(deal.buyer, deal.listing, 2);
        String escrow = deal.books.track(opened.getString("id"), deal.buyer);
        assertThat(opened.getList("warnings.code", String.class)).contains("VERIFICATION_REQUIRED");

        Response refused = Escrows.move(deal.buyer, escrow, "confirm");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Escrows.problem(refused)).isEqualTo("limit-exceeded");
        assertThat(refused.<String>path("detail")).containsIgnoringCase("verify");
        assertThat(Wallets.available(deal.buyer)).isEqualByComparingTo("300.00");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("0.00");

        Actor verified = deal.buyer.verified("phone");
        assertThat(Escrows.step(verified, escrow, "confirm")).isEqualTo("HELD");
        assertThat(Wallets.held(verified)).isEqualByComparingTo("100.00");
        deal.books.assertConserved();
        assertThat(Escrows.step(deal.seller, escrow, "decline")).isEqualTo("DECLINED");
        deal.books.assertConserved();
    }

    @Test
    void shouldRefuseANewBuyerOverTheNewUserCapsAndLetTheSameEscrowThroughAfterIdVerification() {
        Deal deal = Deal.listed("900.00", "10000.00", "phone");

        // Open exposure: two escrows of 1,800 fit in 5,000; a third is refused at confirm.
        List<String> escrows =
                List.of(openTracked(deal, 2), openTracked(deal, 2), openTracked(deal, 2));

        // Per escrow: 2,700 is over a phone-verified newcomer's 2,000, refused when opening.
        Response tooBig =
                Escrows.tryOpen(deal.buyer, deal.listing, 3, UUID.randomUUID().toString());
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(Escrows.problem(tooBig)).isEqualTo("limit-exceeded");

        assertThat(Escrows.step(deal.buyer, escrows.get(0), "confirm")).isEqualTo("HELD");
        assertThat(Escrows.step(deal.buyer, escrows.get(1), "confirm")).isEqualTo("HELD");
        Response overExposure = Escrows.move(deal.buyer, escrows.get(2), "confirm");
        assertThat(overExposure.statusCode()).isEqualTo(422);
        assertThat(Escrows.problem(overExposure)).isEqualTo("limit-exceeded");
        assertThat(Wallets.held(deal.buyer)).isEqualByComparingTo("3600.00");

        // Verified with an id: the same third escrow goes through, and so does the big one.
        Actor verified = deal.buyer.verified("id");
        assertThat(Escrows.step(verified, escrows.get(2), "confirm")).isEqualTo("HELD");
        assertThat(Escrows.open(verified, deal.listing, 3).getString("status"))
                .isEqualTo("AWAITING_CONFIRMATION");
        assertThat(Wallets.held(verified)).isEqualByComparingTo("5400.00");
        deal.books.assertConserved();

        escrows.forEach(escrow -> Escrows.move(deal.seller, escrow, "decline"));
        assertThat(Wallets.available(verified)).isEqualByComparingTo("10000.00");
        deal.books.assertConserved();
    }

    private static String openTracked(Deal deal, int hours) {
        return deal.books.track(
                Escrows.open(deal.buyer, deal.listing, hours).getString("id"), deal.buyer);
    }
}
