package dev.nearhand.local;

import static dev.nearhand.local.DemoApi.PROPAGATION;
import static dev.nearhand.local.DemoApi.REPUTATION;
import static dev.nearhand.local.DemoApi.expect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.local.DemoApi.Answer;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo's reviews on reputation-service: after each trade, both parties review each other. */
final class DemoReviews {

    private static final String[] BUYER_COMMENTS = {
        "準時又專業，推薦！ On time and professional.",
        "很親切，下次再找你。 Friendly, will book again.",
        "物超所值 Great value.",
        "溝通順暢 Easy to arrange.",
    };
    private static final String[] SELLER_COMMENTS = {
        "付款爽快，謝謝！ Quick to release, thanks!", "很好的客人 A pleasant customer.",
    };

    private final DemoApi api;

    DemoReviews(DemoApi api) {
        this.api = api;
    }

    /** The buyer reviews the seller and the seller the buyer. */
    Void reviewBoth(DemoPlan.Trade trade, String seller, String escrow, AtomicInteger written)
            throws IOException, InterruptedException {
        int n = trade.number();
        review(
                trade.buyer(),
                escrow,
                trade.buyerRating(),
                BUYER_COMMENTS[n % BUYER_COMMENTS.length],
                written);
        review(
                seller,
                escrow,
                trade.sellerRating(),
                SELLER_COMMENTS[n % SELLER_COMMENTS.length],
                written);
        return null;
    }

    private void review(
            String author, String escrow, int rating, String comment, AtomicInteger written)
            throws IOException, InterruptedException {
        ObjectNode body =
                api.object().put("escrowId", escrow).put("rating", rating).put("comment", comment);
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            Answer answer = api.send("POST", REPUTATION + "/api/reviews", author, null, body);
            if (answer.ok()) {
                written.incrementAndGet();
                return;
            }
            if (answer.problem("already-reviewed")) {
                return;
            }
            // Reputation learns of the release from Kafka: until then the trade is unknown or open.
            boolean notYet =
                    answer.problem("escrow-not-yours") || answer.problem("trade-not-finished");
            if (!notYet || Instant.now().isAfter(deadline)) {
                expect(answer, "review of " + escrow + " by " + author);
            }
            Thread.sleep(500);
        }
    }
}
