package dev.nearhand.escrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pieces of an item sold by the piece are taken while money is held for them and for good once
 * sold, so no two buyers pay for the same piece, even before listing-service has counted a sale.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class StockReservationTest {

    @Inject Scenario scenario;

    String seller;
    UUID drill;

    @BeforeEach
    void setUp() {
        seller = Scenario.user("seller");
        drill = UUID.randomUUID();
    }

    @Test
    void shouldHoldTheLastUnitForOneBuyerUntilTheyRevoke() {
        scenario.sendItem(drill, seller, 1, "ACTIVE", 1, 0, "ITEM", "40.00", "EUR");
        String first = Scenario.user("buyer");
        String second = Scenario.user("buyer");
        UUID held = scenario.held(first, drill, 1, "40.00", "EUR");

        expectOutOfStock(scenario.open(second, drill, 1), "None of this item is left");

        scenario.act(first, held, "revoke").then().statusCode(200);
        scenario.held(second, drill, 1, "40.00", "EUR");
    }

    @Test
    void shouldRefuseMoreUnitsThanAreLeft() {
        scenario.sendItem(drill, seller, 1, "ACTIVE", 3, 0, "ITEM", "5.00", "EUR");
        scenario.held(Scenario.user("buyer"), drill, 1, "5.00", "EUR");

        expectOutOfStock(scenario.open(Scenario.user("buyer"), drill, 3), "Only 2 of this item");
        scenario.opened(Scenario.user("buyer"), drill, 2);
    }

    @Test
    void shouldCountASaleUntilListingServiceCountsIt() {
        scenario.sendItem(drill, seller, 1, "ACTIVE", 1, 0, "ITEM", "40.00", "EUR");
        String buyer = Scenario.user("buyer");
        UUID sold = scenario.held(buyer, drill, 1, "40.00", "EUR");
        scenario.act(seller, sold, "accept").then().statusCode(200);
        scenario.act(seller, sold, "deliver").then().statusCode(200);
        scenario.act(buyer, sold, "release").then().statusCode(200);

        // The sale is settled here; listing-service's copy still says one left and none sold.
        expectOutOfStock(scenario.open(Scenario.user("buyer"), drill, 1), "None of this item");

        // It counts the sale, then the seller restocks one: one is free again.
        scenario.sendItem(drill, seller, 2, "SOLD_OUT", 0, 1, "ITEM", "40.00", "EUR");
        scenario.open(Scenario.user("buyer"), drill, 1)
                .then()
                .statusCode(422)
                .body("type", endsWith("/listing-unavailable"));
        scenario.sendItem(drill, seller, 3, "ACTIVE", 1, 1, "ITEM", "40.00", "EUR");
        scenario.held(Scenario.user("buyer"), drill, 1, "40.00", "EUR");
    }

    @Test
    void shouldGiveTheUnitBackWhenADisputeRefundsInFullAndNotWhenTheSellerGetsAShare() {
        scenario.sendItem(drill, seller, 1, "ACTIVE", 1, 0, "ITEM", "40.00", "EUR");
        resolve(disputed(), "0.00");
        UUID paid = disputed();

        resolve(paid, "10.00");

        expectOutOfStock(scenario.open(Scenario.user("buyer"), drill, 1), "None of this item");
    }

    @Test
    void shouldReserveNothingForAnItemLentByTheDay() {
        scenario.sendItem(drill, seller, 1, "ACTIVE", 1, 0, "DAY", "8.00", "EUR");

        // Three days of the one drill, twice: a lent item's quantity is a duration, not pieces.
        scenario.held(Scenario.user("buyer"), drill, 3, "24.00", "EUR");
        scenario.held(Scenario.user("buyer"), drill, 3, "24.00", "EUR");
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousConfirmsTakeTheLastUnit() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID item = UUID.randomUUID();
            scenario.sendItem(item, seller, 1, "ACTIVE", 1, 0, "ITEM", "40.00", "EUR");
            List<String> buyers = List.of(Scenario.user("buyer"), Scenario.user("buyer"));
            List<UUID> escrows =
                    buyers.stream()
                            .map(
                                    buyer -> {
                                        scenario.topUp(buyer, "40.00", "EUR");
                                        return scenario.opened(buyer, item, 1);
                                    })
                            .toList();
            List<Response> confirms = scenario.confirmTogether(buyers, escrows);

            assertThat(confirms.stream().map(Response::statusCode).sorted().toList())
                    .containsExactly(200, 409);
            for (int i = 0; i < 2; i++) {
                boolean won = confirms.get(i).statusCode() == 200;
                assertThat(scenario.balance(buyers.get(i), "EUR"))
                        .containsExactly(
                                new java.math.BigDecimal(won ? "0.00" : "40.00"),
                                new java.math.BigDecimal(won ? "40.00" : "0.00"));
            }
        }
    }

    private UUID disputed() {
        return scenario.disputed(Scenario.user("buyer"), seller, drill, 1, "40.00", "EUR");
    }

    private void resolve(UUID id, String sellerShare) {
        scenario.resolve(id, Map.of("amount", sellerShare, "currency", "EUR"))
                .then()
                .statusCode(200);
    }

    private static void expectOutOfStock(Response response, String detail) {
        response.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/out-of-stock"))
                .body("detail", containsString(detail));
    }
}
