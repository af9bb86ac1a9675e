package dev.nearhand.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.escrow.support.StatementLog;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Database round trips per request on the hot path (open, confirm, accept, deliver, release): each
 * is a wait on PostgreSQL and CPU on both sides, so the budget is a guard against regressions. The
 * budgets of confirm and release include creating an account on first use (two statements more than
 * once every account exists). Every move reads the escrow's history in a statement of its own after
 * locking the row (see EscrowRepository#lock), and confirm re-reads the listing.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class RoundTripsTest {

    @Inject Scenario scenario;
    @Inject @PersistenceUnitExtension StatementLog log;

    @Test
    void shouldKeepEachStepOfTheLifecycleWithinItsStatementBudget() {
        String buyer = Scenario.user("buyer");
        String seller = Scenario.user("seller");
        UUID listing = scenario.listing(seller, "100.00", "CNY");
        scenario.topUp(buyer, "100.00", "CNY");
        scenario.topUp(seller, "1.00", "CNY"); // the seller's account exists, as in steady state

        Response opened = counted("open", 7, () -> scenario.open(buyer, listing, 1));
        UUID id = UUID.fromString(opened.then().statusCode(201).extract().path("id"));
        counted("confirm", 13, () -> scenario.act(buyer, id, "confirm")).then().statusCode(200);
        counted("accept", 7, () -> scenario.act(seller, id, "accept")).then().statusCode(200);
        counted("deliver", 7, () -> scenario.act(seller, id, "deliver")).then().statusCode(200);
        counted("release", 11, () -> scenario.act(buyer, id, "release")).then().statusCode(200);
    }

    private Response counted(String step, int budget, Supplier<Response> request) {
        log.clear();
        Response response = request.get();
        List<String> statements = log.statements();
        Log.infof(
                "%s: %d statements%n  %s",
                step, statements.size(), String.join("\n  ", statements));
        assertThat(statements).as(step).hasSizeLessThanOrEqualTo(budget);
        return response;
    }
}
