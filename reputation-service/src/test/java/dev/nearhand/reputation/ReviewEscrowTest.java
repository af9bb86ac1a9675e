package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.event;
import static dev.nearhand.reputation.Escrows.finished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A review's escrowId must name an escrow the reviewer took part in. Any other id is a 422 naming
 * the field (the request URL is fine; its body points at nothing the caller may use), the same for
 * an unknown escrow and one of strangers, and nothing is written or counted.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ReviewEscrowTest {

    private static final UUID NO_SUCH_ESCROW =
            UUID.fromString("00000000-0000-0000-0000-000000000000");

    @Inject TestClock clock;
    @Inject TradeService trades;

    @Test
    void shouldRefuseReviewingAnUnknownEscrowAsUnprocessableNamingEscrowId() {
        String buyer = ReputationApi.newUser("buyer");
        Map<String, Object> before = ReputationApi.creditOf(buyer);

        refusedAsNotYours(ReputationApi.review(buyer, NO_SUCH_ESCROW, 5, "who?"));

        assertThat(ReputationApi.creditOf(buyer)).isEqualTo(before);
    }

    @Test
    void shouldRefuseReviewingAFinishedEscrowOfTwoOtherUsersAndCountNothing() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        String stranger = ReputationApi.newUser("stranger");
        UUID theirs = released(buyer, seller);
        Map<String, Object> sellerBefore = ReputationApi.creditOf(seller);

        refusedAsNotYours(ReputationApi.review(stranger, theirs, 1, "I was not there"));

        assertThat(ReputationApi.creditOf(seller)).isEqualTo(sellerBefore);
        ReputationApi.reviewsOf(seller).body("items", empty());
        // The refusal took nothing from the parties: both may still review.
        ReputationApi.review(buyer, theirs, 5, "fine").statusCode(201);
        ReputationApi.review(seller, theirs, 5, "fine").statusCode(201);
    }

    @Test
    void shouldAnswerAStrangersEscrowExactlyAsAnUnknownOneWhateverItsState() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        String stranger = ReputationApi.newUser("stranger");
        UUID released = released(buyer, seller);
        UUID held = UUID.randomUUID();
        event("HELD", held, buyer, seller, "900.00", "TWD", null, 2, clock.instant())
                .applyWith(trades);

        Map<String, Object> unknown = problem(stranger, UUID.randomUUID());

        // Neither existence nor state shows: a party would hear trade-not-finished for the HELD.
        assertThat(problem(stranger, released)).isEqualTo(unknown);
        assertThat(problem(stranger, held)).isEqualTo(unknown);
    }

    @Test
    void shouldTellTheReviewerAnEscrowNotArrivedYetMayBeKnownLater() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();

        refusedAsNotYours(ReputationApi.review(buyer, escrow, 5, "too early"))
                .body("detail", containsString("(yet)"));
        event("RELEASED", escrow, buyer, seller, "900.00", "TWD", null, 5, clock.instant())
                .applyWith(trades);

        ReputationApi.review(buyer, escrow, 5, "now it counts")
                .statusCode(201)
                .body("rating", equalTo(5));
    }

    /** The problem document, with the escrow id in its detail made a placeholder. */
    private static Map<String, Object> problem(String user, UUID escrowId) {
        String body =
                refusedAsNotYours(ReputationApi.review(user, escrowId, 3, "probe"))
                        .extract()
                        .asString()
                        .replace(escrowId.toString(), "ESCROW");
        return JsonPath.from(body).getMap("");
    }

    private static ValidatableResponse refusedAsNotYours(ValidatableResponse response) {
        return response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/escrow-not-yours"))
                .body("errors.field", contains("escrowId"));
    }

    private UUID released(String buyer, String seller) {
        Escrows.EscrowEvent released = finished("RELEASED", buyer, seller, clock.instant());
        released.applyWith(trades);
        return released.escrowId();
    }
}
