package dev.nearhand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class CategoriesTest {

    @Test
    void shouldAlwaysOfferTheCategoriesTheApiPromises() {
        given().when()
                .get("/api/categories")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        hasItems(
                                "space.room",
                                "space.parking",
                                "space.storage",
                                "tools",
                                "vehicles",
                                "items.secondhand",
                                "repair.home",
                                "repair.bike",
                                "repair.electronics",
                                "tutoring",
                                "languages",
                                "advice.tax",
                                "advice.legal",
                                "care.pets",
                                "care.children",
                                "care.elderly",
                                "errands",
                                "cleaning",
                                "moving",
                                "cooking",
                                "photography",
                                "music",
                                "fitness",
                                "other"))
                .body("items.find { it.id == 'repair.bike' }.parent", equalTo("repair"))
                .body("items.find { it.id == 'repair.bike' }.names.zh", equalTo("自行车维修"))
                .body("items.find { it.id == 'repair.bike' }.names.de", equalTo("Fahrradreparatur"))
                .body("items.find { it.id == 'advice.tax' }.unit", equalTo("HOUR"));
    }

    @Test
    void shouldOfferCategoriesOperatorsAddedByConfigurationAndAcceptListingsInThem() {
        given().when()
                .get("/api/categories")
                .then()
                .body("items.find { it.id == 'garden.mowing' }.names.zh", equalTo("割草"))
                .body("items.find { it.id == 'garden.mowing' }.names.de", equalTo("Lawn mowing"))
                .body("items.find { it.id == 'garden.mowing' }.parent", equalTo("garden"));

        String owner = ListingApi.newUser();
        ListingApi.openShop(owner);
        Map<String, Object> body = ListingApi.serviceBody();
        body.put("category", "garden.mowing");
        body.remove("price");
        body.put("negotiable", true);
        ListingApi.create(owner, body).statusCode(201).body("unit", equalTo("HOUR"));
    }
}
