package dev.nearhand.journey;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** reputation-service: reviews of a finished escrow and the public credit summary. */
final class Reputation {

    static final String SERVICE = "reputation-service";

    private Reputation() {}

    static Response review(Actor author, String escrowId, int rating, String comment) {
        return author.at(SERVICE)
                .body(Map.of("escrowId", escrowId, "rating", rating, "comment", comment))
                .post("/api/reviews");
    }

    static JsonPath credit(Actor user) {
        return Actor.anonymous(SERVICE)
                .get("/api/credit/{id}", user.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static int completedTrades(Actor user) {
        return credit(user).getInt("completedTrades");
    }

    static int transactionScore(Actor user) {
        return credit(user).getInt("transaction");
    }

    /** The published reviews about a user (hidden ones are not listed). */
    static List<Map<String, Object>> publishedReviews(Actor user) {
        return Actor.anonymous(SERVICE)
                .get("/api/users/{id}/reviews", user.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}
