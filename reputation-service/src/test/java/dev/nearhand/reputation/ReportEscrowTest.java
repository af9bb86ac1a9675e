package dev.nearhand.reputation;

import static dev.nearhand.reputation.Escrows.event;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A report's escrowId counts only when it names an escrow between the reporter and the reported
 * user that reputation knows; every other one is refused, written nowhere and not counted.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ReportEscrowTest {

    private static final UUID NO_SUCH_ESCROW =
            UUID.fromString("00000000-0000-0000-0000-000000000000");

    @Inject TestClock clock;
    @Inject TradeService trades;

    @Test
    void shouldRefuseCitingAnEscrowOfTwoOtherUsers() {
        String alice = ReputationApi.newUser("alice");
        String dave = ReputationApi.newUser("dave");
        String carol = ReputationApi.newUser("carol");
        UUID theirs = held(dave, alice);

        refusedAsNotShared(ReputationApi.reportCiting(carol, alice, "FRAUD", theirs));

        ReputationApi.reportsFiledBy(carol).body("items", empty());
    }

    @Test
    void shouldRefuseCitingAnUnknownEscrow() {
        String carol = ReputationApi.newUser("carol");
        String alice = ReputationApi.newUser("alice");

        refusedAsNotShared(ReputationApi.reportCiting(carol, alice, "FRAUD", NO_SUCH_ESCROW));

        ReputationApi.reportsFiledBy(carol).body("items", empty());
    }

    @Test
    void shouldAcceptCitingMyEscrowWithTheReportedUserWhicheverRoleEachHad() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = held(buyer, seller);

        ReputationApi.reportCiting(buyer, seller, "FRAUD", escrow)
                .statusCode(201)
                .body("userId", equalTo(seller))
                .body("escrowId", equalTo(escrow.toString()));
        ReputationApi.reportCiting(seller, buyer, "HARASSMENT", escrow)
                .statusCode(201)
                .body("userId", equalTo(buyer))
                .body("escrowId", equalTo(escrow.toString()));
    }

    @Test
    void shouldRefuseCitingMyEscrowWhenTheReportedUserWasNotMyCounterparty() {
        String alice = ReputationApi.newUser("alice");
        String dave = ReputationApi.newUser("dave");
        String carol = ReputationApi.newUser("carol");
        UUID davesWithAlice = held(dave, alice);

        refusedAsNotShared(ReputationApi.reportCiting(dave, carol, "FRAUD", davesWithAlice));

        ReputationApi.reportsFiledBy(dave).body("items", empty());
    }

    @Test
    void shouldTellTheReporterAnEscrowNotArrivedYetMayBeKnownLater() {
        String buyer = ReputationApi.newUser("buyer");
        String seller = ReputationApi.newUser("seller");
        UUID escrow = UUID.randomUUID();

        refusedAsNotShared(ReputationApi.reportCiting(buyer, seller, "FRAUD", escrow))
                .body("detail", containsString("(yet)"));
        held(escrow, buyer, seller);

        ReputationApi.reportCiting(buyer, seller, "FRAUD", escrow).statusCode(201);
        ReputationApi.reportsFiledBy(buyer).body("items.size()", equalTo(1));
    }

    @Test
    void shouldNotCountRefusedReportsAgainstTheReportLimit() {
        String reporter = ReputationApi.newUser("reporter");
        String target = ReputationApi.newUser("target");
        for (int i = 0; i < 5; i++) {
            refusedAsNotShared(
                    ReputationApi.reportCiting(reporter, target, "SPAM", NO_SUCH_ESCROW));
        }
        // The hourly limit is 5: all five real reports still fit.
        for (int i = 0; i < 5; i++) {
            ReputationApi.report(reporter, ReputationApi.newUser("target"), "SPAM").statusCode(201);
        }
    }

    private static ValidatableResponse refusedAsNotShared(ValidatableResponse response) {
        return response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/escrow-not-shared"))
                .body("errors.field", hasItem("escrowId"));
    }

    private UUID held(String buyer, String seller) {
        UUID escrow = UUID.randomUUID();
        held(escrow, buyer, seller);
        return escrow;
    }

    /** The first escrow event reputation hears of: the buyer confirmed, the funds are held. */
    private void held(UUID escrow, String buyer, String seller) {
        event("HELD", escrow, buyer, seller, "900.00", "TWD", null, 2, clock.instant())
                .applyWith(trades);
    }
}
