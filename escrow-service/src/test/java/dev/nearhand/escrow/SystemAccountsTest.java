package dev.nearhand.escrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.escrow.ledger.AccountKey;
import dev.nearhand.escrow.ledger.AccountKind;
import dev.nearhand.escrow.support.LedgerProbe;
import dev.nearhand.escrow.support.Scenario;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The platform's fees and the provider's clearing, split into buckets that sum to the account. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class SystemAccountsTest {

    static final int TRADES = 40;
    static final String CURRENCY = "SGD";

    @Inject Scenario scenario;
    @Inject LedgerProbe probe;

    @AfterEach
    void ledgerIsWhole() {
        assertThat(probe.sumPerCurrency().values()).allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(probe.unbalancedJournals()).isZero();
        assertThat(probe.replayMismatches()).isZero();
    }

    @Test
    void shouldBookConcurrentReleasesAndTopUpsIntoBucketsThatSumToTheSystemAccounts()
            throws Exception {
        BigDecimal feesBefore = fees();
        BigDecimal clearingBefore = clearing();
        List<String> sellers = new ArrayList<>();
        List<String> buyers = new ArrayList<>();
        List<UUID> delivered = new ArrayList<>();
        for (int i = 0; i < TRADES; i++) {
            String seller = Scenario.user("seller");
            String buyer = Scenario.user("buyer");
            UUID id =
                    scenario.held(
                            buyer,
                            scenario.listing(seller, "10.00", CURRENCY),
                            1,
                            "10.00",
                            CURRENCY);
            scenario.act(seller, id, "accept").then().statusCode(200);
            scenario.act(seller, id, "deliver").then().statusCode(200);
            sellers.add(seller);
            buyers.add(buyer);
            delivered.add(id);
        }

        // Every release credits a fee bucket and every top-up debits a clearing bucket, all at
        // once:
        // locks are taken in one order, so none may deadlock (PostgreSQL would abort one: a 500).
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < TRADES; i++) {
            String buyer = buyers.get(i);
            String seller = sellers.get(i);
            UUID id = delivered.get(i);
            calls.add(() -> scenario.act(buyer, id, "release").statusCode());
            calls.add(
                    () -> {
                        scenario.topUp(seller, "1.00", CURRENCY);
                        return 200;
                    });
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> call : pool.invokeAll(calls)) {
            statuses.add(call.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200);
        // 5 % of each 10.00 release; 10.00 paid in by each buyer and 1.00 by each seller.
        assertThat(fees().subtract(feesBefore)).isEqualByComparingTo("20.00");
        assertThat(clearing().subtract(clearingBefore)).isEqualByComparingTo("-440.00");
        assertThat(probe.buckets(AccountKind.FEES, AccountKey.PLATFORM, CURRENCY))
                .isGreaterThan(1)
                .isLessThanOrEqualTo(AccountKey.SYSTEM_BUCKETS);
        assertThat(probe.buckets(AccountKind.CLEARING, "sandbox", CURRENCY)).isGreaterThan(1);
        for (int i = 0; i < TRADES; i++) {
            assertThat(scenario.available(sellers.get(i), CURRENCY)).isEqualByComparingTo("10.50");
            assertThat(scenario.balance(buyers.get(i), CURRENCY))
                    .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
        }
    }

    private BigDecimal fees() {
        return probe.systemBalance(AccountKind.FEES, AccountKey.PLATFORM, CURRENCY);
    }

    private BigDecimal clearing() {
        return probe.systemBalance(AccountKind.CLEARING, "sandbox", CURRENCY);
    }
}
