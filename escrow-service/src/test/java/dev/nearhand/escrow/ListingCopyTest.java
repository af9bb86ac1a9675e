package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingCopyTest {

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;

    String buyer;
    String seller;

    @BeforeEach
    void setUp() {
        buyer = Scenario.user("buyer");
        seller = Scenario.user("seller");
    }

    @Test
    void shouldRefuseUnknownListing() {
        UUID unknown = UUID.randomUUID();
        scenario.open(buyer, unknown, 1)
                .then()
                .statusCode(422)
                .body("type", endsWith("/listing-unavailable"))
                .body("detail", equalTo("Listing " + unknown + " is not on sale"));
    }

    @Test
    void shouldRefusePausedAndWithdrawnListingsAndAcceptResumed() {
        UUID listing = scenario.listing(seller, "30.00", "CNY");
        scenario.sendListing("ListingPaused", listing, seller, 2, "PAUSED", "30.00", "CNY");
        // As unknown as one never listed: listing-service does not reveal it either.
        scenario.open(buyer, listing, 1)
                .then()
                .statusCode(422)
                .body("type", endsWith("/listing-unavailable"))
                .body("detail", equalTo("Listing " + listing + " is not on sale"));

        scenario.sendListing("ListingResumed", listing, seller, 3, "ACTIVE", "30.00", "CNY");
        scenario.open(buyer, listing, 1).then().statusCode(201);

        scenario.sendListing("ListingWithdrawn", listing, seller, 4, "WITHDRAWN", "30.00", "CNY");
        scenario.open(buyer, listing, 1)
                .then()
                .statusCode(422)
                .body("type", endsWith("/listing-unavailable"))
                .body("detail", equalTo("Listing " + listing + " is not on sale"));
    }

    @Test
    void shouldRefuseConfirmWhenListingWasPausedOrWithdrawnAfterOpen() {
        UUID listing = scenario.listing(seller, "30.00", "CNY");
        scenario.topUp(buyer, "60.00", "CNY");
        UUID pausedAfterOpen = scenario.opened(buyer, listing, 1);
        scenario.sendListing("ListingPaused", listing, seller, 2, "PAUSED", "30.00", "CNY");

        expectUnavailable(pausedAfterOpen);

        scenario.sendListing("ListingResumed", listing, seller, 3, "ACTIVE", "30.00", "CNY");
        UUID withdrawnAfterOpen = scenario.opened(buyer, listing, 1);
        scenario.sendListing("ListingWithdrawn", listing, seller, 4, "WITHDRAWN", "30.00", "CNY");

        expectUnavailable(withdrawnAfterOpen);
        assertThat(probe.journalKinds(pausedAfterOpen)).isEmpty();
        assertThat(probe.journalKinds(withdrawnAfterOpen)).isEmpty();
        assertThat(scenario.available(buyer, "CNY")).isEqualByComparingTo("60.00");
        assertThat(scenario.heldOf(buyer, "CNY")).isEqualByComparingTo("0");
    }

    @Test
    void shouldRefuseConfirmOnTermsTheSellerNoLongerOffers() {
        UUID listing = scenario.listing(seller, "30.00", "CNY");
        scenario.topUp(buyer, "300.00", "CNY");
        UUID dearer = scenario.opened(buyer, listing, 1);
        scenario.sendListing("ListingUpdated", listing, seller, 2, "ACTIVE", "90.00", "CNY");

        expectTermsChanged(dearer, "opened this escrow at 30.00 CNY per");
        UUID otherCurrency = scenario.opened(buyer, listing, 1);
        scenario.sendListing("ListingUpdated", listing, seller, 3, "ACTIVE", "90.00", "JPY");
        expectTermsChanged(otherCurrency, "at 90.00 CNY per");
        assertThat(probe.journalKinds(dearer)).isEmpty();
        assertThat(scenario.available(buyer, "CNY")).isEqualByComparingTo("300.00");

        // Changed and changed back: the terms opened on are offered again.
        scenario.sendListing("ListingUpdated", listing, seller, 4, "ACTIVE", "30.00", "CNY");
        scenario.act(buyer, dearer, "confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"));
    }

    private void expectTermsChanged(UUID escrowId, String detail) {
        scenario.act(buyer, escrowId, "confirm")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/terms-changed"))
                .body("detail", containsString(detail));
    }

    private void expectUnavailable(UUID escrowId) {
        scenario.act(buyer, escrowId, "confirm")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/listing-unavailable"));
    }

    @Test
    void shouldRefuseBuyingFromYourself() {
        UUID listing = scenario.listing(seller, "30.00", "CNY");
        scenario.open(seller, listing, 1)
                .then()
                .statusCode(422)
                .body("type", endsWith("/self-purchase"));
    }

    @Test
    void shouldIgnoreOlderRevision() {
        UUID listing = scenario.listing(seller, "30.00", "CNY");
        scenario.sendListing("ListingUpdated", listing, seller, 5, "ACTIVE", "45.00", "CNY");
        scenario.sendListing("ListingPaused", listing, seller, 4, "PAUSED", "10.00", "CNY");

        assertThat(probe.listingStatus(listing)).isEqualTo("ACTIVE");
        scenario.open(buyer, listing, 2)
                .then()
                .statusCode(201)
                .body("total.amount", equalTo("90.00"));
    }

    @Test
    void shouldTakePriceAndSellerFromListingNeverFromRequest() {
        UUID listing = scenario.listing(seller, "30.00", "CNY");
        given().auth()
                .oauth2(scenario.token(buyer))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "listingId",
                                listing.toString(),
                                "quantity",
                                1,
                                "total",
                                Map.of("amount", "0.01", "currency", "CNY"),
                                "sellerId",
                                buyer))
                .post("/api/escrows")
                .then()
                .statusCode(201)
                .body("total.amount", equalTo("30.00"))
                .body("sellerId", equalTo(seller));
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        UUID listing = UUID.randomUUID();
        UUID published =
                scenario.sendListing(
                        "ListingPublished", listing, seller, 1, "ACTIVE", "30.00", "CNY");
        scenario.sendListing("ListingPaused", listing, seller, 2, "PAUSED", "30.00", "CNY");

        // The published event redelivered (same id; a body that would win if it were applied).
        scenario.sendListingWithId(
                published, "ListingPublished", listing, seller, 3, "ACTIVE", "30.00", "CNY");
        // Same key, same partition: once this later marker is applied, the duplicate was handled.
        scenario.sendListing("ListingUpdated", listing, seller, 1, "ACTIVE", "30.00", "CNY");

        assertThat(probe.listingStatus(listing)).isEqualTo("PAUSED");
        scenario.open(buyer, listing, 1).then().statusCode(422);
    }
}
