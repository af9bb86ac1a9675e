package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.event;
import static dev.nearhand.reputation.Escrows.finished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.reputation.service.ReviewPublisher;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Double-blind reviews: hidden until both wrote or the window closed; every refusal changes
 * nothing.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ReviewTest {

    /** A cursor shaped as the service writes them, at a time no row can have. */
    private static final String FORGED_CURSOR =
            Cursors.encode("+999999999-12-31T23:59:59Z", new UUID(0, 0).toString());

    @Inject TestClock clock;
    @Inject TradeService trades;
    @Inject ReviewPublisher publisher;

    @Test
    void shouldRevealBothReviewsOnlyWhenTheSellerReviewsAfterTheBuyer() {
        shouldRevealBothWhenTheSecondPartyReviews(true);
    }

    @Test
    void shouldRevealBothReviewsOnlyWhenTheBuyerReviewsAfterTheSeller() {
        shouldRevealBothWhenTheSecondPartyReviews(false);
    }

    private void shouldRevealBothWhenTheSecondPartyReviews(boolean buyerFirst) {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = released(buyer, seller);
        String first = buyerFirst ? buyer : seller;
        String second = buyerFirst ? seller : buyer;
        Map<String, Object> secondBefore = ReputationApi.creditOf(second);

        String firstId =
                ReputationApi.review(first, escrow, 5, "prompt and friendly")
                        .statusCode(201)
                        .header("Location", org.hamcrest.Matchers.containsString("/api/reviews/"))
                        .body("published", equalTo(false))
                        .body("hiddenUntil", notNullValue())
                        .extract()
                        .path("id");
        // Hidden from the reviewed party, from the public list, and from the score.
        given().auth()
                .oauth2(TestTokens.of(second))
                .get("/api/reviews/" + firstId)
                .then()
                .statusCode(404);
        ReputationApi.reviewsOf(second).body("items", org.hamcrest.Matchers.empty());
        assertThat(ReputationApi.creditOf(second)).isEqualTo(secondBefore);
        given().auth()
                .oauth2(TestTokens.of(first))
                .get("/api/reviews/" + firstId)
                .then()
                .statusCode(200);

        ReputationApi.review(second, escrow, 4, "all good")
                .statusCode(201)
                .body("published", equalTo(true));

        given().auth()
                .oauth2(TestTokens.of(second))
                .get("/api/reviews/" + firstId)
                .then()
                .statusCode(200)
                .body("rating", equalTo(5))
                .body("escrowId", nullValue());
        ReputationApi.reviewsOf(second)
                .body("items.rating", org.hamcrest.Matchers.contains(5))
                .body("items[0].role", equalTo(buyerFirst ? "SELLER" : "BUYER"))
                .body("items[0].publishedAt", notNullValue())
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("reviewerId")));
        ReputationApi.reviewsOf(first).body("items.rating", org.hamcrest.Matchers.contains(4));
        assertThat(ReputationApi.transaction(second))
                .isGreaterThan((Integer) secondBefore.get("transaction"));
    }

    @Test
    void shouldRevealAHiddenReviewWhenTheWindowCloses() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = released(buyer, seller);
        ReputationApi.review(buyer, escrow, 1, "never showed up properly").statusCode(201);
        int before = ReputationApi.transaction(seller);
        publisher.publishAllDue();
        ReputationApi.reviewsOf(seller).body("items", org.hamcrest.Matchers.empty());

        clock.advance(Duration.ofDays(15));
        assertThat(publisher.publishAllDue()).isGreaterThanOrEqualTo(1);

        ReputationApi.reviewsOf(seller).body("items.rating", org.hamcrest.Matchers.contains(1));
        assertThat(ReputationApi.transaction(seller)).isLessThan(before);
        // The silent party can no longer answer.
        ReputationApi.review(seller, escrow, 1, "too late")
                .statusCode(409)
                .body("type", endsWith("/review-window-closed"));
    }

    @Test
    void shouldRefuseEveryInvalidReviewWithoutChangingAnyScore() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        String stranger = ReputationApi.newUser("stranger");
        UUID escrow = released(buyer, seller);
        UUID held = UUID.randomUUID();
        event("HELD", held, buyer, seller, "900.00", "TWD", null, 2, clock.instant())
                .applyWith(trades);
        Escrows.EscrowEvent revoked = finished("REVOKED", buyer, seller, clock.instant());
        revoked.applyWith(trades);
        ReputationApi.review(buyer, escrow, 5, "great").statusCode(201);
        Map<String, Object> sellerBefore = ReputationApi.creditOf(seller);
        Map<String, Object> buyerBefore = ReputationApi.creditOf(buyer);

        ReputationApi.review(stranger, escrow, 1, "I was not there")
                .statusCode(422)
                .body("type", endsWith("/escrow-not-yours"))
                .body("errors.field", hasItem("escrowId"));
        ReputationApi.review(buyer, UUID.randomUUID(), 5, "unknown")
                .statusCode(422)
                .body("type", endsWith("/escrow-not-yours"))
                .body("errors.field", hasItem("escrowId"));
        ReputationApi.review(buyer, escrow, 1, "changed my mind")
                .statusCode(409)
                .body("type", endsWith("/already-reviewed"));
        ReputationApi.review(buyer, held, 5, "early")
                .statusCode(409)
                .body("type", endsWith("/trade-not-finished"));
        ReputationApi.review(buyer, revoked.escrowId(), 5, "revoked")
                .statusCode(409)
                .body("type", endsWith("/trade-not-finished"));
        for (Object rating : new Object[] {0, 6, null}) {
            ReputationApi.review(seller, escrow, rating, "bad rating")
                    .statusCode(400)
                    .body("errors.field", hasItem("rating"));
        }
        ReputationApi.review(seller, escrow, 5, "x".repeat(2001))
                .statusCode(400)
                .body("errors.field", hasItem("comment"));

        assertThat(ReputationApi.creditOf(seller)).isEqualTo(sellerBefore);
        assertThat(ReputationApi.creditOf(buyer)).isEqualTo(buyerBefore);
        ReputationApi.reviewsOf(seller).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseAFractionalRatingAsABadRequestNamingItAndWriteNothing() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = released(buyer, seller);
        Map<String, Object> sellerBefore = ReputationApi.creditOf(seller);

        // Once read as 4: now the platform reads JSON strictly.
        ReputationApi.review(buyer, escrow, 4.5, "four and a half")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rating"));

        assertThat(ReputationApi.creditOf(seller)).isEqualTo(sellerBefore);
        // Nothing was written: the buyer's one review is still to come.
        ReputationApi.review(buyer, escrow, 4, "four").statusCode(201).body("rating", equalTo(4));
    }

    @Test
    void shouldRequireATokenToReview() {
        given().contentType("application/json")
                .body(Map.of("escrowId", UUID.randomUUID().toString(), "rating", 5))
                .post("/api/reviews")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldPagePublishedReviewsNewestFirst() {
        String seller = ReputationApi.newUser("seller");
        for (int i = 1; i <= 3; i++) {
            String buyer = ReputationApi.newUser("buyer");
            UUID escrow = released(buyer, seller);
            ReputationApi.review(buyer, escrow, i + 2, "review " + i).statusCode(201);
            ReputationApi.review(seller, escrow, 5, "thanks").statusCode(201);
        }
        String cursor =
                given().queryParam("limit", 2)
                        .get("/api/users/" + seller + "/reviews")
                        .then()
                        .statusCode(200)
                        .body(
                                "items.comment",
                                org.hamcrest.Matchers.contains("review 3", "review 2"))
                        .extract()
                        .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/api/users/" + seller + "/reviews")
                .then()
                .statusCode(200)
                .body("items.comment", org.hamcrest.Matchers.contains("review 1"))
                .body("nextCursor", nullValue());
        given().queryParam("limit", 101)
                .get("/api/users/" + seller + "/reviews")
                .then()
                .statusCode(400);
        // Well formed, but at a time PostgreSQL cannot compare: still not one of ours.
        given().queryParam("cursor", FORGED_CURSOR)
                .get("/api/users/" + seller + "/reviews")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRefuseANonNumericLimitAsABadRequestNamingIt() {
        given().queryParam("limit", "abc")
                .get("/api/users/" + ReputationApi.newUser("seller") + "/reviews")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldGiveNoNextCursorWithAFullLastPage() {
        String seller = ReputationApi.newUser("seller");
        for (int i = 0; i < 2; i++) {
            String buyer = ReputationApi.newUser("buyer");
            UUID escrow = released(buyer, seller);
            ReputationApi.review(buyer, escrow, 5, "review " + i).statusCode(201);
            ReputationApi.review(seller, escrow, 5, "thanks").statusCode(201);
        }
        given().queryParam("limit", 2)
                .get("/api/users/" + seller + "/reviews")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("$", not(org.hamcrest.Matchers.hasKey("nextCursor")));
    }

    private UUID released(String buyer, String seller) {
        Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, clock.instant());
        released.applyWith(trades);
        return released.escrowId();
    }
}
