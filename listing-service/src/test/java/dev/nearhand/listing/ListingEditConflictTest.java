package dev.nearhand.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.listing.rest.InterruptedListingPatches;
import dev.nearhand.listing.rest.ListingPatches;
import dev.nearhand.listing.service.ListingService;
import dev.nearhand.testing.NearhandTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A patch that loses the race to another writer every time gives up with a 409 after five tries and
 * writes nothing of its own; every other writer's change stays.
 */
@QuarkusTest
@QuarkusTestResource(NearhandTestResource.class)
class ListingEditConflictTest {

    @Inject ListingService listings;
    @Inject ObjectMapper mapper;
    @Inject Validator validator;

    @Test
    void shouldAnswerEditConflictWhenTheListingChangesBeforeEveryWrite() {
        String owner = ListingApi.newUser();
        ListingApi.openShop(owner);
        UUID id = UUID.fromString(ListingApi.createListing(owner));
        AtomicInteger otherWrites = new AtomicInteger();
        QuarkusMock.installMockForType(
                new InterruptedListingPatches(
                        mapper,
                        validator,
                        () -> {
                            ListingService.Editable now = listings.editableForOwner(owner, id);
                            listings.updateIfUnchanged(owner, id, now.revision(), now.content())
                                    .orElseThrow();
                            otherWrites.incrementAndGet();
                        }),
                ListingPatches.class);

        ListingApi.patch(owner, id.toString(), Map.of("title", "Never written"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/edit-conflict"))
                .body("attempts", equalTo(5));

        ListingApi.get(owner, id.toString())
                .statusCode(200)
                .body("title", equalTo(ListingApi.serviceBody().get("title")))
                .body("revision", equalTo(6));
        assertThat(otherWrites).hasValue(5);
    }
}
