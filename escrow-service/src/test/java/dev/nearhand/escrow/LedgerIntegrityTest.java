package dev.nearhand.escrow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.escrow.support.CrashSwitch;
import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.NearhandTestResource;
import dev.nearhand.testing.TestTokens;
import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class LedgerIntegrityTest {

    static final int CLIENTS = 60;

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;
    @Inject CrashSwitch crash;

    @AfterEach
    void ledgerIsWhole() {
        assertThat(probe.sumPerCurrency().values()).allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(probe.entrySumPerCurrency().values())
                .allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(probe.negativeUserAccounts()).isZero();
        assertThat(probe.unbalancedJournals()).isZero();
        assertThat(probe.replayMismatches()).isZero();
        assertThat(probe.heldMismatches()).isZero();
    }

    @Test
    void shouldConserveMoneyWhenManyBuyersAndSellersHammerTheSameWallets() throws Exception {
        List<String> sellers =
                IntStream.range(0, 8).mapToObj(i -> Scenario.user("seller")).toList();
        List<UUID> listings =
                sellers.stream().map(s -> scenario.listing(s, "7.35", "CNY")).toList();
        List<String> buyers = IntStream.range(0, 20).mapToObj(i -> Scenario.user("buyer")).toList();
        buyers.forEach(b -> scenario.topUp(b, "40.00", "CNY"));

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Callable<String>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String buyer = buyers.get(i % buyers.size());
            int listing = i % listings.size();
            clients.add(() -> playOneTrade(buyer, sellers.get(listing), listings.get(listing)));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(clients)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();
        Log.infof(
                "%d concurrent clients, %d buyers, %d sellers: %d ms; outcomes %s",
                CLIENTS,
                buyers.size(),
                sellers.size(),
                (System.nanoTime() - started) / 1_000_000,
                outcomes);

        assertThat(outcomes).doesNotContain("ERROR");
        BigDecimal buyersTotal = BigDecimal.ZERO;
        for (String buyer : buyers) {
            BigDecimal[] balance = scenario.balance(buyer, "CNY");
            assertThat(balance[0]).isNotNegative();
            buyersTotal = buyersTotal.add(balance[0]).add(balance[1]);
        }
        BigDecimal sellersTotal =
                sellers.stream()
                        .map(s -> scenario.available(s, "CNY"))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(buyersTotal.add(sellersTotal)).isLessThanOrEqualTo(new BigDecimal("800.00"));
    }

    /** One client's trade, following a random path; each call may lose a race (409/422). */
    private String playOneTrade(String buyer, String seller, UUID listing) {
        Response created =
                scenario.open(buyer, listing, 1 + ThreadLocalRandom.current().nextInt(3));
        if (created.statusCode() != 201) {
            return created.statusCode() == 422 ? "LIMIT" : "ERROR";
        }
        UUID id = UUID.fromString(created.path("id"));
        int confirmed = scenario.act(buyer, id, "confirm").statusCode();
        if (confirmed != 200) {
            return confirmed == 422 ? "NO_FUNDS" : "ERROR";
        }
        return switch (ThreadLocalRandom.current().nextInt(4)) {
            case 0 -> expect(scenario.act(buyer, id, "revoke"), "REVOKED");
            case 1 -> expect(scenario.act(seller, id, "decline"), "DECLINED");
            case 2 -> {
                scenario.act(seller, id, "accept");
                scenario.act(seller, id, "deliver");
                yield expect(scenario.act(buyer, id, "release"), "RELEASED");
            }
            default -> {
                scenario.act(seller, id, "accept");
                yield expect(scenario.act(buyer, id, "dispute"), "DISPUTED");
            }
        };
    }

    private static String expect(Response response, String status) {
        return response.statusCode() == 200 && status.equals(response.path("status"))
                ? status
                : "ERROR";
    }

    @Test
    void shouldSettleExactlyOnceWhenSameEscrowIsReleasedOrRefundedConcurrently() throws Exception {
        String seller = Scenario.user("seller");
        String buyer = Scenario.user("buyer");
        UUID listing = scenario.listing(seller, "10.00", "CNY");
        UUID delivered = scenario.held(buyer, listing, 1, "10.00", "CNY");
        scenario.act(seller, delivered, "accept").then().statusCode(200);
        scenario.act(seller, delivered, "deliver").then().statusCode(200);
        UUID held = scenario.held(buyer, listing, 1, "10.00", "CNY");

        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> scenario.act(buyer, delivered, "release").statusCode());
            calls.add(() -> scenario.act(buyer, held, "revoke").statusCode());
            calls.add(() -> scenario.act(seller, held, "decline").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(probe.journalKinds(delivered)).containsExactly("HOLD", "RELEASE");
        assertThat(probe.journalKinds(held)).containsExactly("HOLD", "REFUND");
        assertThat(probe.outboxTypes(delivered))
                .containsExactly(
                        "EscrowHeld", "EscrowAccepted", "EscrowDelivered", "EscrowReleased");
        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("9.50");
        assertThat(scenario.balance(buyer, "CNY"))
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("0.00"));
    }

    @Test
    void shouldLeaveNothingBehindWhenTransitionCrashesAfterLedgerWrite() {
        String seller = Scenario.user("seller");
        String buyer = Scenario.user("buyer");
        UUID listing = scenario.listing(seller, "10.00", "CNY");
        scenario.topUp(buyer, "10.00", "CNY");
        UUID id = scenario.opened(buyer, listing, 1);
        long entriesBefore = probe.entryCount();

        crash.armOnce();
        scenario.act(buyer, id, "confirm").then().statusCode(500);

        assertThat(probe.entryCount()).isEqualTo(entriesBefore);
        assertThat(probe.journalKinds(id)).isEmpty();
        assertThat(probe.outboxTypes(id)).isEmpty();
        assertThat(scenario.balance(buyer, "CNY"))
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("0.00"));
        given().auth()
                .oauth2(scenario.token(buyer))
                .get("/api/escrows/" + id)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("AWAITING_CONFIRMATION"));

        scenario.act(buyer, id, "confirm").then().statusCode(200);
        scenario.act(seller, id, "accept").then().statusCode(200);
        scenario.act(seller, id, "deliver").then().statusCode(200);
        crash.armOnce();
        scenario.act(buyer, id, "release").then().statusCode(500);
        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("0");
        assertThat(probe.outboxTypes(id)).doesNotContain("EscrowReleased");
        scenario.act(buyer, id, "release").then().statusCode(200);
        assertThat(scenario.available(seller, "CNY")).isEqualByComparingTo("9.50");
    }

    @Test
    void shouldConserveMoneyAndReplayBalancesAfterRandomizedSequence() {
        Random random = new Random(20261126L);
        List<String> users = IntStream.range(0, 5).mapToObj(i -> Scenario.user("trader")).toList();
        List<String> currencies = List.of("CNY", "JPY");
        List<UUID[]> listings = new ArrayList<>(); // {listingId} with seller index in parallel list
        List<String> listingSellers = new ArrayList<>();
        for (String currency : currencies) {
            for (int i = 0; i < 3; i++) {
                String seller = users.get(random.nextInt(users.size()));
                listings.add(
                        new UUID[] {
                            scenario.listing(
                                    seller, currency.equals("JPY") ? "1333" : "12.34", currency)
                        });
                listingSellers.add(seller);
            }
        }
        List<UUID> escrows = new ArrayList<>();
        String operator = TestTokens.forUser(Scenario.user("operator")).operator().sign();
        List<String> actions =
                List.of("confirm", "revoke", "accept", "decline", "deliver", "release", "dispute");
        for (int step = 0; step < 150; step++) {
            int dice = random.nextInt(10);
            String user = users.get(random.nextInt(users.size()));
            if (dice == 0) {
                boolean yen = random.nextBoolean();
                scenario.topUp(user, yen ? "5000" : "50.00", yen ? "JPY" : "CNY");
            } else if (dice <= 2 || escrows.isEmpty()) {
                int l = random.nextInt(listings.size());
                Response created = scenario.open(user, listings.get(l)[0], 1 + random.nextInt(2));
                if (created.statusCode() == 201) {
                    escrows.add(UUID.fromString(created.path("id")));
                }
            } else if (dice == 9) {
                UUID id = escrows.get(random.nextInt(escrows.size()));
                given().auth()
                        .oauth2(operator)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(ContentType.JSON)
                        .body(Map.of("sellerShare", "1"))
                        .post("/api/escrows/" + id + "/resolve");
            } else {
                UUID id = escrows.get(random.nextInt(escrows.size()));
                int status =
                        scenario.act(user, id, actions.get(random.nextInt(actions.size())))
                                .statusCode();
                assertThat(status).isIn(200, 403, 404, 409, 422);
            }
            assertThat(probe.sumPerCurrency().values()).allSatisfy(sum -> assertThat(sum).isZero());
        }
        for (String user : users) {
            assertWalletEqualsReplayOfMyEntries(user);
        }
    }

    /** Replays a user's entries from the API, account by account, against the wallet's balances. */
    private void assertWalletEqualsReplayOfMyEntries(String user) {
        Map<String, BigDecimal> replayed = new java.util.HashMap<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(scenario.token(user)).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/wallets/me/entries");
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, String> amount = (Map<String, String>) item.get("amount");
                replayed.merge(
                        item.get("account") + "/" + amount.get("currency"),
                        new BigDecimal(amount.get("amount")),
                        BigDecimal::add);
            }
            cursor = page.path("nextCursor");
        } while (cursor != null);
        for (String currency : List.of("CNY", "JPY")) {
            BigDecimal[] wallet = scenario.balance(user, currency);
            assertThat(replayed.getOrDefault("AVAILABLE/" + currency, BigDecimal.ZERO))
                    .isEqualByComparingTo(wallet[0]);
            assertThat(replayed.getOrDefault("HELD/" + currency, BigDecimal.ZERO))
                    .isEqualByComparingTo(wallet[1]);
        }
    }
}
