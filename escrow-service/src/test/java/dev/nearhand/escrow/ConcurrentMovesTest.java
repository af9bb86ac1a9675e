package dev.nearhand.escrow;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.escrow.service.Caller;
import dev.nearhand.escrow.service.EscrowActionService;
import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.platform.security.Verification;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two parties' moves racing on one escrow: the one that waited for the lock sees the other. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ConcurrentMovesTest {

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;
    @Inject EscrowActionService actions;

    @Test
    void shouldShowTheMoveItWaitedForInTheHistoryOfTheLaterMove() throws Exception {
        String buyer = Scenario.user("buyer");
        String seller = Scenario.user("seller");
        UUID listing = scenario.listing(seller, "10.00", "EUR");
        for (int round = 0; round < 3; round++) {
            UUID id = scenario.held(buyer, listing, 1, "10.00", "EUR");
            CountDownLatch accepted = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            // The seller's accept holds the escrow's lock until the buyer's dispute queues on it.
            CompletableFuture<Void> accept =
                    CompletableFuture.runAsync(
                            () ->
                                    QuarkusTransaction.requiringNew()
                                            .run(
                                                    () -> {
                                                        actions.accept(
                                                                new Caller(
                                                                        seller,
                                                                        Verification.ID,
                                                                        false),
                                                                id);
                                                        accepted.countDown();
                                                        awaitLatch(commit);
                                                    }));
            awaitLatch(accepted);
            CompletableFuture<Response> dispute =
                    CompletableFuture.supplyAsync(() -> scenario.act(buyer, id, "dispute"));
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.waitingForEscrowLock() > 0);
            commit.countDown();
            accept.get(20, TimeUnit.SECONDS);

            dispute.get(20, TimeUnit.SECONDS)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DISPUTED"))
                    .body("history.action", contains("create", "confirm", "accept", "dispute"))
                    .body("revision", equalTo(4));
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other move never got that far");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
