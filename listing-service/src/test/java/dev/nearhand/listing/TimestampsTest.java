package dev.nearhand.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listing read back carries the times its creation and its last change answered with. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class TimestampsTest {

    @Test
    void shouldReadBackTheTimesItAnsweredWith() {
        String user = ListingApi.newUser();
        ListingApi.openShop(user);
        Map<String, Object> created =
                ListingApi.create(user, ListingApi.serviceBody())
                        .statusCode(201)
                        .extract()
                        .as(Map.class);
        String id = (String) created.get("id");
        Map<String, Object> patched =
                ListingApi.patch(user, id, Map.of("title", "Bike repair, now at weekends"))
                        .statusCode(200)
                        .extract()
                        .as(Map.class);

        Map<String, Object> read = ListingApi.get(user, id).statusCode(200).extract().as(Map.class);

        assertThat(read.get("publishedAt")).isEqualTo(created.get("publishedAt"));
        assertThat(read.get("updatedAt")).isEqualTo(patched.get("updatedAt"));
    }
}
