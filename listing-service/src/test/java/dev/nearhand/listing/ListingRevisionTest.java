package dev.nearhand.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.nearhand.listing.service.ListingService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A change is written only onto the revision it was made from, never over a newer one. */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingRevisionTest {

    @Inject ListingService listings;

    @Test
    void shouldNotWriteAChangeMadeFromAnOlderRevision() {
        String owner = ListingApi.newUser();
        ListingApi.openShop(owner);
        UUID id = UUID.fromString(ListingApi.createListing(owner));
        ListingService.Editable base = listings.editableForOwner(owner, id);
        ListingApi.patch(owner, id.toString(), Map.of("title", "Changed in the meantime"))
                .statusCode(200);

        assertThat(listings.updateIfUnchanged(owner, id, base.revision(), base.content()))
                .isEmpty();

        ListingApi.get(owner, id.toString())
                .statusCode(200)
                .body("title", equalTo("Changed in the meantime"))
                .body("revision", equalTo(2));
    }
}
